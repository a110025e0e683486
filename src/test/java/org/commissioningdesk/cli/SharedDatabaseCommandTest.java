package org.commissioningdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.commissioningdesk.persistence.ServerAddress;
import org.commissioningdesk.testing.Engines;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The command line on a shared PostgreSQL database: --db postgresql://HOST:PORT/NAME, credentials as PostgreSQL's tools find them. */
class SharedDatabaseCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DeskCommand.run(args, new PrintWriter(out), new PrintWriter(err), TestDatabases.OPENER,
                environment::get);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anEmptySharedDatabaseIsSetUpAndListedLikeAFile() {
        ServerAddress address = Engines.emptyDatabase();
        Engines.execute("GRANT ALL ON DATABASE " + address.database() + " TO " + Engines.TEAM_USER);
        Engines.execute(address.database(), "GRANT ALL ON SCHEMA public TO " + Engines.TEAM_USER);
        Map<String, String> team = Map.of("PGUSER", Engines.TEAM_USER, "PGPASSWORD", Engines.TEAM_PASSWORD);
        String db = "postgresql://localhost:" + address.port() + "/" + address.database();

        Run init = run(team, "--db", db, "init", "--starter", "london-2006");
        assertThat(init.err()).isEmpty();
        assertThat(init.code()).isZero();
        assertThat(init.out()).isEqualTo("Set up " + address + " with the 'London 2006/07' starter pack: "
                + TestDatabases.LONDON_ORGANISATIONS + " organisations, 33 lead-commissioner arrangements.\n");

        Run list = run(team, "--db", db, "organisations", "list", "--format", "csv", "--type", "pct");
        assertThat(list.code()).isZero();
        assertThat(list.out().lines().filter(l -> l.contains("Camden PCT"))).hasSize(1);
    }

    @Test
    void aWrongPasswordOrNoneAtAllIsOneSentenceOnStderr() {
        ServerAddress address = Engines.emptyDatabase();
        String db = "postgresql://localhost:" + address.port() + "/" + address.database();
        Run wrong = run(Map.of("PGUSER", Engines.TEAM_USER, "PGPASSWORD", "guess", "PGPASSFILE", "/nonexistent"),
                "--db", db, "organisations", "list");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("error: The shared database " + address + " did not accept the user name"
                + " 'desk_team' with that password. Check them and try again.\n");

        Run none = run(Map.of("PGUSER", Engines.TEAM_USER, "PGPASSFILE", "/nonexistent"), "--db", db,
                "organisations", "list");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).startsWith("error: No password was given for 'desk_team' on " + address + ".");

        Run bad = run(Map.of(), "--db", "postgresql://jane:pw@server/db", "organisations", "list");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("leave the user name and password out of it");
    }
}
