package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.testing.Engines;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * A shared PostgreSQL database, opened as a team opens it: the same migrations as on a laptop, and one plain
 * sentence, with nothing made or changed, for every way opening can go wrong.
 */
class SharedDatabaseTest {

    @Test
    void anEmptyDatabaseIsGivenEveryMigrationAndOpensAgainAsItIs() throws Exception {
        ServerAddress address = Engines.emptyDatabase();
        try (Database db = Database.openShared(address, Engines.credentials())) {
            assertThat(db.engine()).isEqualTo(Engine.POSTGRESQL);
            assertThat(db.where()).isEqualTo(address.toString());
            assertThat(Migrations.inspect(db.dataSource()).applied()).containsExactlyElementsOf(
                    TestDatabases.schemaVersions());
        }
        try (Database again = Database.openShared(address, Engines.credentials())) {
            assertThat(again.notices()).isEmpty();
        }
    }

    @Test
    void everyForeignKeyHasAnIndexThatLeadsWithIt() throws Exception {
        try (Database db = Database.openShared(Engines.freshDatabase(), Engines.credentials());
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT con.conrelid::regclass::text, att.attname
                     FROM pg_constraint con
                     JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
                     WHERE con.contype = 'f' AND NOT EXISTS (
                         SELECT 1 FROM pg_index i WHERE i.indrelid = con.conrelid AND i.indkey[0] = con.conkey[1])
                     ORDER BY 1, 2""")) {
            List<String> unindexed = new ArrayList<>();
            while (rs.next()) {
                unindexed.add(rs.getString(1) + "." + rs.getString(2));
            }
            assertThat(unindexed).isEmpty();
        }
    }

    @Test
    void everyStatusAndTypeColumnRefusesAValueItDoesNotKnow() throws Exception {
        try (Database db = Database.openShared(Engines.freshDatabase(), Engines.credentials());
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT table_name, column_name FROM information_schema.columns
                     WHERE table_schema = current_schema()
                       AND (column_name LIKE '%status' OR column_name LIKE '%type' OR column_name LIKE '%kind'
                            OR column_name IN ('prospectus_level', 'direction', 'frequency', 'section'))
                     ORDER BY 1, 2""")) {
            List<String> columns = new ArrayList<>();
            while (rs.next()) {
                columns.add(rs.getString(1) + "." + rs.getString(2));
            }
            assertThat(columns).contains("organisation.org_type", "prospectus.status", "specification.status",
                    "quality_requirement.penalty_kind", "consultation_response.source_type");
            List<String> unchecked = new ArrayList<>();
            for (String column : columns) {
                // The audit trail names any kind of record (its type is not a closed list); Flyway's table is its own.
                if (column.startsWith("audit_event.") || column.startsWith("flyway_schema_history.")) {
                    continue;
                }
                String[] tc = column.split("\\.");
                try (Statement probe = c.createStatement();
                     ResultSet found = probe.executeQuery("SELECT COUNT(*) FROM pg_constraint con JOIN pg_attribute a"
                             + " ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey) WHERE con.contype = 'c'"
                             + " AND con.conrelid = '" + tc[0] + "'::regclass AND a.attname = '" + tc[1] + "'")) {
                    found.next();
                    if (found.getInt(1) == 0) {
                        unchecked.add(column);
                    }
                }
            }
            assertThat(unchecked).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsOneSentenceAndTheTeamsOwnOpensIt() {
        ServerAddress address = Engines.emptyDatabase();
        assertThatThrownBy(() -> Database.openShared(address, new Credentials(Engines.TEAM_USER,
                "wrong".toCharArray())))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.SIGN_IN_FAILED))
                .hasMessage("The shared database " + address + " did not accept the user name 'desk_team' with that"
                        + " password. Check them and try again.");
        Engines.execute("GRANT ALL ON DATABASE " + address.database() + " TO " + Engines.TEAM_USER);
        Engines.execute(address.database(), "GRANT ALL ON SCHEMA public TO " + Engines.TEAM_USER);
        try (Database db = Database.openShared(address, new Credentials(Engines.TEAM_USER,
                Engines.TEAM_PASSWORD.toCharArray()))) {
            assertThat(db.engine()).isEqualTo(Engine.POSTGRESQL);
        }
    }

    @Test
    void aDatabaseThatBelongsToSomethingElseIsLeftExactlyAsItWas() throws Exception {
        ServerAddress address = Engines.emptyDatabase();
        Engines.execute(address.database(), "CREATE TABLE payroll (id INTEGER)");
        assertThatThrownBy(() -> Database.openShared(address, Engines.credentials()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.NOT_A_DATABASE))
                .hasMessageContaining("belongs to something else, so nothing was written to it");
        try (Connection c = Engines.server().getDatabase("postgres", address.database()).getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                     + " 'public'")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).containsExactly("payroll");
        }
    }

    @Test
    void aMissingDatabaseAServerThatIsDownAndAWrongAddressAreEachOneSentence() throws SQLException {
        ServerAddress missing = Engines.address("no_such_database");
        assertThatThrownBy(() -> Database.openShared(missing, Engines.credentials()))
                .hasMessage("There is no database called 'no_such_database' on localhost. Check its name, or ask for"
                        + " it to be made.");
        ServerAddress down = new ServerAddress("localhost", freePort(), "commissioning");
        assertThatThrownBy(() -> Database.openShared(down, Engines.credentials()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.UNREACHABLE))
                .hasMessageStartingWith("The server localhost (port " + down.port() + ") did not answer.");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://jane:secret@server/db"))
                .hasMessageContaining("leave the user name and password out of it");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://server/"))
                .hasMessageContaining("give the database's name after the server");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://server/db?sslmode=disable"))
                .hasMessageContaining("leave settings");
        assertThat(ServerAddress.parse("jdbc:postgresql://pct-db.nhs.local:5433/camden"))
                .isEqualTo(new ServerAddress("pct-db.nhs.local", 5433, "camden"));
        assertThat(ServerAddress.parse(" postgresql://pct-db/camden ").toString()).isEqualTo("postgresql://pct-db/camden");
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
