package org.commissioningdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.ExplainedFailure;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A status or type set by hand to a value this version does not know leaves that one row out of the list,
 * names it, and shows every other row; opening that one record says plainly why it cannot be read.
 */
class UnreadableRowsTest {

    @TempDir
    Path folder;

    private DatabaseLocation location;
    private long camden;

    @BeforeEach
    void aDemoDatabaseWithThreeValuesSetByHand() throws Exception {
        location = TestDatabases.location(folder);
        try (Services services = TestDatabases.OPENER.create(location,
                Optional.of(new SetUpService.Choice(StarterPack.LONDON_2006, true)))) {
            camden = services.organisations().list().stream().filter(o -> o.name().equals("Camden PCT"))
                    .map(Organisation::id).findFirst().orElseThrow();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + location.base() + ";IFEXISTS=TRUE", "desk", "")) {
            // As a newer build could have written it: one that knows a type this one does not (and so has
            // widened the check on the column).
            c.createStatement().execute("ALTER TABLE organisation DROP CONSTRAINT ck_organisation_type");
            c.createStatement().execute("ALTER TABLE prospectus DROP CONSTRAINT ck_prospectus_status");
            c.createStatement().execute("ALTER TABLE specification DROP CONSTRAINT ck_specification_status");
            c.createStatement().execute("UPDATE organisation SET org_type = 'HOSPITAL' WHERE id = " + camden);
            c.createStatement().execute("UPDATE prospectus SET status = 'ARCHIVED' WHERE title LIKE 'Tower Hamlets%'");
            c.createStatement().execute("UPDATE specification SET status = 'WITHDRAWN' WHERE title LIKE 'Community%'");
        }
    }

    @Test
    void theListsShowEveryOtherRowAndNameTheOneLeftOut() {
        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.organisations().list()).hasSize(TestDatabases.LONDON_ORGANISATIONS - 1).extracting(Organisation::name)
                    .doesNotContain("Camden PCT").contains("Islington PCT");
            assertThat(services.prospectuses().list()).hasSize(2);
            assertThat(services.specifications().list()).hasSize(3);
            assertThat(services.dashboard().summary()).isNotNull();
            assertThat(services.unreadableRows().seen()).extracting(r -> r.describe())
                    .contains("Organisation " + camden + " was left out: its org type 'HOSPITAL' is not one this version"
                            + " of Commissioning Desk knows (it was changed outside the application).");
            assertThat(services.unreadableRows().seen()).extracting(r -> r.what())
                    .contains("Organisation", "Prospectus", "Specification");
            // The record itself cannot be opened, and says why in plain words.
            assertThatThrownBy(() -> services.organisations().get(camden))
                    .isInstanceOf(ExplainedFailure.class)
                    .hasMessage("A record could not be read: its org type 'HOSPITAL' is not one this version of"
                            + " Commissioning Desk knows (it was changed outside the application).");
        }
    }

    @Test
    void theCommandLineListsTheRestAndWarnsOnStderr() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DeskCommand.run(new String[] {"--db", location.base().toString(), "organisations", "list", "--format",
                "csv"}, new PrintWriter(out), new PrintWriter(err), TestDatabases.OPENER);
        assertThat(code).isZero();
        assertThat(out.toString().lines().count()).isEqualTo(TestDatabases.LONDON_ORGANISATIONS); // a header and all but the one
        assertThat(err.toString()).isEqualTo("warning: Organisation " + camden + " was left out: its org type 'HOSPITAL'"
                + " is not one this version of Commissioning Desk knows (it was changed outside the application)."
                + System.lineSeparator());

        StringWriter specOut = new StringWriter();
        StringWriter specErr = new StringWriter();
        assertThat(DeskCommand.run(new String[] {"--db", location.base().toString(), "spec", "list"},
                new PrintWriter(specOut), new PrintWriter(specErr), TestDatabases.OPENER)).isZero();
        assertThat(specOut.toString()).contains("Primary angioplasty").doesNotContain("Community mental health");
        assertThat(specErr.toString()).contains("was left out: its status 'WITHDRAWN'");
    }
}
