package org.commissioningdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.persistence.AuditEntry;
import org.commissioningdesk.testing.TestDatabases;
import org.commissioningdesk.testing.Engines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engines.class)
class OrganisationServiceTest {

    /** Each test runs on a file on this computer (H2) and on a shared server (PostgreSQL). */
    @Parameter
    Engines engine;

    @TempDir
    Path folder;

    private Services services;
    private OrganisationService organisations;

    @BeforeEach
    void open() {
        services = TestDatabases.open(engine, folder);
        organisations = services.organisations();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static OrganisationDraft draft(String name, OrganisationType type) {
        return new OrganisationDraft(name, type, null, null, null, null, null);
    }

    @Test
    void createsAnOrganisationWithTidiedTextAndAnAuditRow() {
        Organisation lcg = organisations.create(new OrganisationDraft("  North   East London LCG ", OrganisationType.LCG,
                " NEL ", "North East London", null, LocalDate.of(2006, 10, 1), "  "));
        assertThat(lcg.id()).isPositive();
        assertThat(lcg.name()).isEqualTo("North East London LCG");
        assertThat(lcg.code()).isEqualTo("NEL");
        assertThat(lcg.notes()).isNull();
        assertThat(organisations.list()).containsExactly(lcg);

        List<AuditEntry> history = organisations.history(lcg.id());
        assertThat(history).hasSize(1);
        AuditEntry entry = history.get(0);
        assertThat(entry.action()).isEqualTo("create");
        assertThat(entry.who()).isEqualTo("test.director");
        assertThat(entry.at()).isEqualTo(java.time.Instant.parse("2007-03-14T10:15:30Z"));
        assertThat(entry.account()).isEqualTo(System.getProperty("user.name"));
        assertThat(entry.summary()).isEqualTo("Created the organisation.");
        assertThat(entry.subject()).isEqualTo("Organisation “North East London LCG”");
    }

    @Test
    void nameIsRequiredAndTypeIsRequired() {
        assertThatThrownBy(() -> organisations.create(draft("   ", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "Name is required")
                        .containsEntry("type", "Choose the type of organisation"));
        assertThat(organisations.list()).isEmpty();
    }

    @Test
    void nameIsUniquePerTypeIgnoringCaseAndSpacing() {
        organisations.create(draft("Camden PCT", OrganisationType.PCT));
        assertThatThrownBy(() -> organisations.create(draft("camden   pct", OrganisationType.PCT)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("name"))
                        .isEqualTo("There is already a PCT called 'camden pct'"));
        // The same name is allowed for another type.
        Organisation authority = organisations.create(draft("Camden PCT", OrganisationType.LOCAL_AUTHORITY));
        assertThat(authority.id()).isPositive();
        assertThat(organisations.list()).hasSize(2);
    }

    @Test
    void renamingToItsOwnNameIsNotADuplicate() {
        Organisation camden = organisations.create(draft("Camden PCT", OrganisationType.PCT));
        Organisation saved = organisations.update(camden.id(), organisations.get(camden.id()).stamp().revision(), new OrganisationDraft("CAMDEN PCT", OrganisationType.PCT,
                null, null, null, null, "Renamed in capitals"));
        assertThat(saved.name()).isEqualTo("CAMDEN PCT");
        assertThat(organisations.history(camden.id())).extracting(AuditEntry::action).containsExactly("create", "update");
        AuditEntry update = organisations.history(camden.id()).get(1);
        assertThat(update.summary()).startsWith("Changed the name from “Camden PCT” to “CAMDEN PCT”.");
        assertThat(organisations.changeDetails(update.id())).isEqualTo(update.summary());
    }

    @Test
    void savingWithoutChangesWritesNoAuditRow() {
        Organisation camden = organisations.create(draft("Camden PCT", OrganisationType.PCT));
        organisations.update(camden.id(), organisations.get(camden.id()).stamp().revision(), camden.toDraft());
        assertThat(organisations.history(camden.id())).hasSize(1);
    }

    @Test
    void codeIsUniqueWhenGivenAndMayBeLeftBlank() {
        organisations.create(new OrganisationDraft("Camden PCT", OrganisationType.PCT, "5K7", null, null, null, null));
        organisations.create(draft("Islington PCT", OrganisationType.PCT));
        organisations.create(draft("Haringey PCT", OrganisationType.PCT));
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("Barnet PCT", OrganisationType.PCT, "5k7",
                null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("code", "Code 5k7 is already used by another organisation"));
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("Barnet PCT", OrganisationType.PCT, "5 A9",
                null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("code"));
    }

    @Test
    void membershipFollowsTheAllowedLinks() {
        Organisation london = organisations.create(draft("London Commissioning Group",
                OrganisationType.LONDON_COMMISSIONING_GROUP));
        Organisation lcg = organisations.create(new OrganisationDraft("North Central London LCG", OrganisationType.LCG,
                null, "North Central London", london.id(), null, null));
        Organisation camden = organisations.create(new OrganisationDraft("Camden PCT", OrganisationType.PCT, null,
                "North Central London", lcg.id(), null, null));
        assertThat(camden.parentId()).isEqualTo(lcg.id());

        // A PCT cannot be a member of the London group directly, nor of another PCT.
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("Barnet PCT", OrganisationType.PCT, null,
                null, london.id(), null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("parentId"))
                        .isEqualTo("A PCT can be a member of a Local Commissioning Group, not a London Commissioning Group"));
        // An NHS trust is not a member of anything.
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("Royal Free Hampstead NHS Trust",
                OrganisationType.NHS_TRUST, null, null, lcg.id(), null, null)))
                .isInstanceOf(ValidationException.class);
        // Nor can an organisation be its own member.
        assertThatThrownBy(() -> organisations.update(lcg.id(), organisations.get(lcg.id()).stamp().revision(), new OrganisationDraft(lcg.name(), OrganisationType.LCG,
                null, null, lcg.id(), null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("parentId", "An organisation cannot be a member of itself"));
        // The LCG cannot become a PCT while PCTs are its members.
        assertThatThrownBy(() -> organisations.update(lcg.id(), organisations.get(lcg.id()).stamp().revision(), new OrganisationDraft(lcg.name(), OrganisationType.PCT,
                null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("type"));
    }

    @Test
    void sectorAppliesOnlyToCommissionersWithASector() {
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("Kings College Hospital NHS Trust",
                OrganisationType.NHS_TRUST, null, "South East London", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("sector"));
    }

    @Test
    void retiringKeepsTheOrganisationAndRecordsTheDate() {
        Organisation camden = organisations.create(new OrganisationDraft("Camden PCT", OrganisationType.PCT, null, null,
                null, LocalDate.of(2002, 4, 1), null));
        Organisation retired = organisations.retire(camden.id(), LocalDate.of(2013, 3, 31));
        assertThat(retired.isRetired()).isTrue();
        assertThat(retired.activeTo()).isEqualTo(LocalDate.of(2013, 3, 31));
        assertThat(organisations.list()).extracting(Organisation::id).containsExactly(camden.id());
        assertThat(organisations.history(camden.id())).extracting(AuditEntry::action).containsExactly("create", "retire");

        assertThatThrownBy(() -> organisations.retire(camden.id(), LocalDate.of(2014, 1, 1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already retired");
        Organisation back = organisations.reinstate(camden.id());
        assertThat(back.isRetired()).isFalse();
    }

    @Test
    void retirementCannotPrecedeTheStartDate() {
        Organisation camden = organisations.create(new OrganisationDraft("Camden PCT", OrganisationType.PCT, null, null,
                null, LocalDate.of(2002, 4, 1), null));
        assertThatThrownBy(() -> organisations.retire(camden.id(), LocalDate.of(2001, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("activeTo"));
        assertThat(organisations.get(camden.id()).isRetired()).isFalse();
    }

    @Test
    void aRetiredGroupCannotTakeNewMembers() {
        Organisation lcg = organisations.create(draft("South West London LCG", OrganisationType.LCG));
        organisations.retire(lcg.id(), LocalDate.of(2010, 3, 31));
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("Kingston PCT", OrganisationType.PCT, null,
                null, lcg.id(), null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("parentId"))
                        .contains("was retired"));
    }

    @Test
    void deletingIsRefusedWhileAnythingRefersToTheOrganisation() {
        Organisation lcg = organisations.create(draft("North West London LCG", OrganisationType.LCG));
        Organisation brent = organisations.create(new OrganisationDraft("Brent Teaching PCT", OrganisationType.PCT, null,
                null, lcg.id(), null, null));
        assertThat(organisations.referencesTo(lcg.id())).containsExactly("1 member organisation");
        assertThatThrownBy(() -> organisations.delete(lcg.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("North West London LCG cannot be deleted because 1 member organisation refer to it."
                        + " Retire it instead.");
        assertThat(organisations.list()).hasSize(2);

        organisations.delete(brent.id());
        assertThat(organisations.list()).extracting(Organisation::name).containsExactly("North West London LCG");
        List<AuditEntry> history = organisations.history(brent.uid());
        assertThat(history).extracting(AuditEntry::action).containsExactly("create", "delete");
        assertThat(history.get(1).subject()).contains("Brent Teaching PCT");
        assertThat(history.get(1).summary()).isEqualTo("Deleted the organisation.");
        assertThatThrownBy(() -> organisations.get(brent.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRejectedChangeWritesNeitherTheChangeNorAnAuditRow() {
        Organisation camden = organisations.create(draft("Camden PCT", OrganisationType.PCT));
        organisations.create(draft("Islington PCT", OrganisationType.PCT));
        assertThatThrownBy(() -> organisations.update(camden.id(), organisations.get(camden.id()).stamp().revision(), draft("Islington PCT", OrganisationType.PCT)))
                .isInstanceOf(ValidationException.class);
        assertThat(organisations.get(camden.id()).name()).isEqualTo("Camden PCT");
        assertThat(organisations.history(camden.id())).hasSize(1);
    }

    @Test
    void membersOfAGroupRetiredLaterCanStillBeEdited() {
        Organisation lcg = organisations.create(draft("South West London LCG", OrganisationType.LCG));
        Organisation kingston = organisations.create(new OrganisationDraft("Kingston PCT", OrganisationType.PCT, null,
                null, lcg.id(), null, null));
        organisations.retire(lcg.id(), LocalDate.of(2010, 3, 31));
        Organisation edited = organisations.update(kingston.id(), organisations.get(kingston.id()).stamp().revision(), new OrganisationDraft("Kingston PCT",
                OrganisationType.PCT, null, null, lcg.id(), null, "Merged into SW London in 2011"));
        assertThat(edited.parentId()).isEqualTo(lcg.id());
        assertThat(edited.notes()).isEqualTo("Merged into SW London in 2011");
    }
}
