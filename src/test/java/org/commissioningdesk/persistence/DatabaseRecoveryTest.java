package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovering a damaged database: what can be read goes into a new file; the damaged one is never written. */
class DatabaseRecoveryTest {

    @TempDir
    static Path shared;
    private static Path demo;

    @TempDir
    Path folder;

    @BeforeAll
    static void makeTheDemoDatabase() {
        demo = TestDatabases.createLondon(DatabaseLocation.of(shared.resolve("demo")), true).file();
    }

    @Test
    void anUndamagedDatabaseIsRecoveredWhole() throws Exception {
        Path source = Files.copy(demo, folder.resolve("whole.mv.db"));
        DatabaseRecovery.Report report = DatabaseRecovery.recover(source, DatabaseLocation.of(folder.resolve("copy")),
                () -> false);
        assertThat(report.statementsFailed()).isZero();
        assertThat(report.tables()).extracting(DatabaseRecovery.TableCount::table).contains("ORGANISATION", "PROSPECTUS",
                "SPECIFICATION").doesNotContain("flyway_schema_history");
        try (Services services = TestDatabases.OPENER.open(DatabaseLocation.of(folder.resolve("copy")))) {
            assertThat(services.organisations().list()).hasSize(TestDatabases.LONDON_ORGANISATIONS);
            assertThat(services.prospectuses().list()).hasSize(3);
            assertThat(services.specifications().list()).hasSize(4);
            assertThat(services.setUp().state().demoLoaded()).isTrue();
        }
        assertThat(report.describe()).startsWith("Recovered " + report.rows() + " records in " + report.tables().size()
                + " tables from whole.mv.db into " + folder.resolve("copy.mv.db") + ".");
    }

    /**
     * Files spoiled so that they cannot be opened are recovered into a new file that opens, or refused as
     * beyond recovery with no new file; the spoiled file is never changed. At least one must be recovered.
     */
    @Test
    void aDatabaseThatCannotBeOpenedIsRecoveredIntoANewFileThatCan() throws Exception {
        byte[] whole = Files.readAllBytes(demo);
        int recovered = 0;
        int unopenable = 0;
        for (int offset = 4096 * 2; offset < whole.length && recovered < 2; offset += 4096 * 2) {
            Path file = folder.resolve("spoiled-" + offset + ".mv.db");
            byte[] spoiled = whole.clone();
            java.util.Arrays.fill(spoiled, offset, Math.min(offset + 512, spoiled.length), (byte) 0xFF);
            Files.write(file, spoiled);
            try {
                TestDatabases.OPENER.open(DatabaseLocation.of(file)).close();
                continue; // the block was not in use
            } catch (DatabaseOpenException e) {
                assertThat(e.problem()).as("at %d: %s", offset, e.getMessage()).isEqualTo(DatabaseProblem.DAMAGED);
                unopenable++;
            }
            String before = FailedOpenTest.checksum(file);
            DatabaseLocation out = DatabaseLocation.of(folder.resolve("recovered-" + offset));
            try {
                DatabaseRecovery.Report report = DatabaseRecovery.recover(file, out, () -> false);
                try (Services services = TestDatabases.OPENER.open(out)) {
                    assertThat(services.organisations().list()).isNotNull();
                }
                assertThat(report.rows()).isPositive();
                recovered++;
            } catch (DatabaseOpenException e) {
                assertThat(e.getMessage()).contains("too badly damaged").contains("no new file was made");
                assertThat(out.file()).doesNotExist();
            }
            assertThat(FailedOpenTest.checksum(file)).isEqualTo(before);
        }
        assertThat(unopenable).as("no spoiled file failed to open").isPositive();
        assertThat(recovered).as("no damaged file could be recovered").isPositive();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("spoiled-")
                    || n.startsWith("recovered-") && n.endsWith(".mv.db") && !n.contains(".creating-"));
        }
    }

    @Test
    void aCancelledRecoveryLeavesNoNewFile() throws Exception {
        Path source = Files.copy(demo, folder.resolve("whole.mv.db"));
        DatabaseLocation out = DatabaseLocation.of(folder.resolve("copy"));
        assertThatThrownBy(() -> DatabaseRecovery.recover(source, out, () -> true))
                .isInstanceOf(DatabaseRecovery.RecoveryCancelledException.class)
                .hasMessage("The recovery was cancelled; no new file was made and the damaged file was not changed.");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("whole.mv.db");
        }
    }

    @Test
    void theRecoveryScriptRunsNoCodeOfTheDamagedFilesChoosing() {
        assertThat(DatabaseRecovery.allowed("CREATE ALIAS IF NOT EXISTS READ_CLOB_MAP FOR"
                + " 'org.h2.tools.Recover.readClobMap'")).isTrue();
        assertThat(DatabaseRecovery.allowed("DROP ALIAS READ_BLOB_MAP")).isTrue();
        assertThat(DatabaseRecovery.allowed("INSERT INTO O_49 VALUES(1, 'x')")).isTrue();
        assertThat(DatabaseRecovery.allowed("CREATE CACHED TABLE \"PUBLIC\".\"ORGANISATION\"(\"ID\" BIGINT)")).isTrue();
        assertThat(DatabaseRecovery.allowed("CREATE ALIAS EXEC FOR 'java.lang.Runtime.exec'")).isFalse();
        assertThat(DatabaseRecovery.allowed("CREATE ALIAS IF NOT EXISTS READ_CLOB_MAP FOR 'java.lang.Runtime.exec'"))
                .isFalse();
        assertThat(DatabaseRecovery.allowed("create  trigger t before insert on x call 'evil.Trigger'")).isFalse();
        assertThat(DatabaseRecovery.allowed("CREATE USER IF NOT EXISTS \"SA\" PASSWORD 'x' ADMIN")).isFalse();
        assertThat(DatabaseRecovery.allowed("CREATE LINKED TABLE L('org.postgresql.Driver', 'jdbc:x', 'u', 'p', 'T')"))
                .isFalse();
        assertThat(DatabaseRecovery.allowed("RUNSCRIPT FROM 'evil.sql'")).isFalse();
    }
}
