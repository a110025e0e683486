package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bringing a database made by an older version up to date: every record kept, a copy from before kept,
 * and no failure or interruption ever leaving a file that needs a manual repair.
 */
class UpgradeTest {

    private static final String LATEST = TestDatabases.latestSchema();
    private static final String[] ALL = TestDatabases.schemaVersions().toArray(String[]::new);

    @TempDir
    Path folder;

    @Test
    void theFirstReleasesDatabaseIsUpgradedWithEveryRecordAndACopyFromBefore() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        String original = FailedOpenTest.checksum(location.file());
        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.organisations().list()).hasSize(V1Fixture.ORGANISATIONS);
            assertThat(services.organisations().allLeadCommissioning()).hasSize(V1Fixture.LEAD_COMMISSIONING);
            assertThat(services.prospectuses().list()).isEmpty();
            assertThat(services.specifications().list()).isEmpty();
            assertThat(services.notices()).containsExactly("desk.mv.db was upgraded for this version of Commissioning"
                    + " Desk (schema 1 to " + LATEST + "). A copy from before the upgrade is kept beside it as desk.before-v2.mv.db.");
        }
        assertThat(appliedVersions(location)).containsExactly(ALL);
        Path copy = folder.resolve("desk.before-v2.mv.db");
        assertThat(FailedOpenTest.checksum(copy)).isEqualTo(original);
        assertThat(Upgrades.marker(location)).doesNotExist();
        // The next open has nothing to do and says nothing.
        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.notices()).isEmpty();
        }
        assertThat(beside(location)).containsExactly("desk.before-v2.mv.db", "desk.mv.db");
    }

    @Test
    void aMigrationThatAlwaysFailsLeavesTheFileExactlyAsItWasAndSaysSo() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        String before = FailedOpenTest.checksum(location.file());
        withMigrationsFrom("classpath:db/test-broken", () -> {
            assertThatThrownBy(() -> TestDatabases.OPENER.open(location))
                    .isInstanceOf(DatabaseOpenException.class)
                    .hasMessageStartingWith(location.file() + " could not be upgraded to this version of Commissioning"
                            + " Desk (schema 1 to 99). It is exactly as it was before; a copy is also kept at"
                            + " desk.before-v2.mv.db.")
                    .hasMessageNotContaining("SQL").hasMessageNotContaining("Flyway")
                    .extracting(e -> ((DatabaseOpenException) e).problem()).isEqualTo(DatabaseProblem.UPGRADE_FAILED);
        });
        assertThat(FailedOpenTest.checksum(location.file())).isEqualTo(before);
        assertThat(appliedVersions(location)).containsExactly("1");
        assertThat(Upgrades.marker(location)).doesNotExist();
        assertThat(beside(location)).containsExactly("desk.before-v2.mv.db", "desk.mv.db");
        // Without the broken migration (the next version, say) it upgrades as usual.
        TestDatabases.OPENER.open(location).close();
        assertThat(appliedVersions(location)).containsExactly(ALL);
    }

    @Test
    void aTableInTheWayOfAnUpgradeIsLeftBehindByARepairThatKeepsTheFileAsItWas() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        // A table of the same name as one the next migration creates makes that migration fail every time.
        execute(location, "CREATE TABLE service_area (note VARCHAR(10))");
        String before = FailedOpenTest.checksum(location.file());
        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.organisations().list()).hasSize(V1Fixture.ORGANISATIONS);
            assertThat(services.prospectuses().serviceAreas()).isNotEmpty();
            assertThat(services.notices()).anySatisfy(n -> assertThat(n).contains("Its records were copied into a"
                    + " fresh database and it was upgraded again; the file as it was is kept beside it as"
                    + " desk.before-repair.mv.db."));
        }
        assertThat(appliedVersions(location)).containsExactly(ALL);
        assertThat(FailedOpenTest.checksum(folder.resolve("desk.before-repair.mv.db"))).isEqualTo(before);
    }

    @Test
    void aLeftoverMarkerNeverPutsAnOldCopyBackWhenANewerVersionOpensTheFile() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        TestDatabases.OPENER.open(location).close();
        try (Services services = TestDatabases.OPENER.open(location)) {
            services.organisations().create(new org.commissioningdesk.organisation.OrganisationDraft(
                    "Work Done After The Upgrade PCT", org.commissioningdesk.organisation.OrganisationType.PCT, "AFTER1",
                    null, null, null, null));
        }
        // The run that upgraded it to the latest died just before removing its marker; then a newer version opens it.
        Files.writeString(Upgrades.marker(location), "backup=desk.before-v2.mv.db\ntarget=" + LATEST + "\n");
        withMigrationsFrom("classpath:db/test-newer", () -> {
            try (Services services = TestDatabases.OPENER.open(location)) {
                assertThat(services.organisations().list()).extracting(o -> o.name())
                        .contains("Work Done After The Upgrade PCT");
                assertThat(services.notices()).noneMatch(n -> n.contains("interrupted"));
            }
        });
        List<String> withNewer = new ArrayList<>(List.of(ALL));
        withNewer.add("90");
        assertThat(appliedVersions(location)).containsExactlyElementsOf(withNewer);
    }

    @Test
    void anUpgradeInterruptedHalfWayIsPutBackAndRunAgainAtTheNextOpen() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        // What a run killed during migration 2 leaves: its copy, its marker, and some of migration 2's tables.
        Files.copy(location.file(), Upgrades.backup(location, "2"));
        Files.writeString(Upgrades.marker(location), "backup=desk.before-v2.mv.db\ntarget=" + LATEST + "\n");
        execute(location, "CREATE TABLE service_area (id BIGINT, name VARCHAR(200))");

        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.organisations().list()).hasSize(V1Fixture.ORGANISATIONS);
            assertThat(services.prospectuses().list()).isEmpty();
            assertThat(services.notices()).hasSize(2);
            assertThat(services.notices().get(0)).startsWith("The last upgrade of desk.mv.db was interrupted (the"
                    + " program or the computer stopped during it). It was put back as it was before, from"
                    + " desk.before-v2.mv.db, and upgraded again.");
            assertThat(services.notices().get(1)).contains("was upgraded for this version");
        }
        assertThat(appliedVersions(location)).containsExactly(ALL);
        assertThat(Upgrades.marker(location)).doesNotExist();
    }

    @Test
    void aMarkerLeftAfterTheUpgradeHadFinishedIsOnlyRemoved() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        TestDatabases.OPENER.open(location).close();
        String upgraded = FailedOpenTest.checksum(location.file());
        // The run died after its last migration, before it removed the marker: nothing is put back.
        Files.writeString(Upgrades.marker(location), "backup=desk.before-v2.mv.db\ntarget=" + LATEST + "\n");
        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.notices()).isEmpty();
            assertThat(services.organisations().list()).hasSize(V1Fixture.ORGANISATIONS);
        }
        assertThat(Upgrades.marker(location)).doesNotExist();
        assertThat(appliedVersions(location)).containsExactly(ALL);
        assertThat(upgraded).isNotEqualTo(FailedOpenTest.checksum(folder.resolve("desk.before-v2.mv.db")));
    }

    @Test
    void anInterruptedUpgradeWhoseCopyIsGoneIsRepairedNotALockOut() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        Files.writeString(Upgrades.marker(location), "backup=desk.before-v2.mv.db\ntarget=" + LATEST + "\n");
        execute(location, "CREATE TABLE service_area (id BIGINT)");
        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.organisations().list()).hasSize(V1Fixture.ORGANISATIONS);
            assertThat(services.notices().get(0)).isEqualTo("The last upgrade of desk.mv.db was interrupted, and the"
                    + " copy made before it (desk.before-v2.mv.db) is missing; it was upgraded again from where it"
                    + " stood.");
        }
        assertThat(appliedVersions(location)).containsExactly(ALL);
        assertThat(Upgrades.marker(location)).doesNotExist();
    }

    @Test
    void aFailedMigrationLeftByAnOlderVersionIsRepairedWithEveryRecord() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        // What today's main left after a kill inside migration 2: half its tables, and Flyway's failed row.
        execute(location, "CREATE TABLE service_area (id BIGINT, name VARCHAR(200))",
                "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                        + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                        + " VALUES (3, '2', 'prospectuses', 'SQL', 'V2__prospectuses.sql', 1, 'DESK', CURRENT_TIMESTAMP,"
                        + " 1, FALSE)");
        long audit = count(location, "audit_log");
        String broken = FailedOpenTest.checksum(location.file());

        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.organisations().list()).hasSize(V1Fixture.ORGANISATIONS);
            assertThat(services.organisations().allLeadCommissioning()).hasSize(V1Fixture.LEAD_COMMISSIONING);
            assertThat(services.notices().get(0)).isEqualTo("An upgrade of desk.mv.db had failed in an older version"
                    + " of Commissioning Desk. Its records were copied into a fresh database and it was upgraded"
                    + " again; the file as it was is kept beside it as desk.before-repair.mv.db.");
            // New records still get new ids after the copied ones.
            services.organisations().create(new org.commissioningdesk.organisation.OrganisationDraft("Thamesmead Test PCT",
                    org.commissioningdesk.organisation.OrganisationType.PCT, "TST01", null, null, null, null));
        }
        assertThat(appliedVersions(location)).containsExactly(ALL);
        // Every change recorded before is in the lean audit trail, with the one made since.
        assertThat(count(location, "audit_event")).isEqualTo(audit + 1);
        assertThat(FailedOpenTest.checksum(folder.resolve("desk.before-repair.mv.db"))).isEqualTo(broken);
    }

    @Test
    void onlyTheThreeNewestCopiesFromBeforeAnUpgradeAreKept() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        for (String old : List.of("0.5", "0.6", "0.7", "0.8")) {
            Files.writeString(folder.resolve("desk.before-v" + old + ".mv.db"), "old copy");
        }
        Files.writeString(folder.resolve("other.before-v0.1.mv.db"), "another database's copy");
        TestDatabases.OPENER.open(location).close();
        assertThat(beside(location)).containsExactly("desk.before-v0.7.mv.db", "desk.before-v0.8.mv.db",
                "desk.before-v2.mv.db", "desk.mv.db", "other.before-v0.1.mv.db");
    }

    @Test
    void filesLeftByAProcessThatDiedAreRemovedAtTheNextOpen() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        long dead = deadProcessId();
        String here = DatabaseFiles.THIS_COMPUTER;
        for (String purpose : List.of("creating", "opening", "restoring")) {
            Files.writeString(folder.resolve("desk" + DatabaseFiles.processInfix(purpose, here, dead) + ".mv.db"), "left");
        }
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        String running = "desk" + DatabaseFiles.processInfix("creating", here, alive) + ".mv.db";
        Files.writeString(folder.resolve(running), "another copy's work in progress");
        // A copy on another computer sharing the folder: its process numbers mean nothing here.
        String elsewhere = "desk" + DatabaseFiles.processInfix("opening", "0badc0de", dead) + ".mv.db";
        Files.writeString(folder.resolve(elsewhere), "another computer's safety copy");
        TestDatabases.OPENER.open(location).close();
        assertThat(beside(location)).containsExactlyInAnyOrder("desk.before-v2.mv.db", running, elsewhere, "desk.mv.db");
    }

    /** Runs {@code work} with the migrations of {@code location} added, as a newer or a broken build would have. */
    private static void withMigrationsFrom(String location, ThrowingRunnable work) throws Exception {
        System.setProperty(Migrations.EXTRA_LOCATIONS_PROPERTY, location);
        try {
            work.run();
        } finally {
            System.clearProperty(Migrations.EXTRA_LOCATIONS_PROPERTY);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static long deadProcessId() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return p.pid();
    }

    static List<String> appliedVersions(DatabaseLocation location) throws Exception {
        try (Connection c = readOnly(location); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                     + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }

    private static long count(DatabaseLocation location, String table) throws Exception {
        try (Connection c = readOnly(location); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection readOnly(DatabaseLocation location) throws Exception {
        return DriverManager.getConnection(location.jdbcUrl("ACCESS_MODE_DATA=r", "IFEXISTS=TRUE"), Database.USER, "");
    }

    static void execute(DatabaseLocation location, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(location.jdbcUrl("IFEXISTS=TRUE"), Database.USER, "");
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> beside(DatabaseLocation location) throws Exception {
        try (Stream<Path> files = Files.list(location.folder())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
