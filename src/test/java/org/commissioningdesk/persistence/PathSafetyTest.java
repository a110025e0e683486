package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;

import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database's path never reaches H2 as settings: every setting H2 reads from a connection URL, planted in
 * a file or a folder name, is refused before anything is created (with a ';'), or is just a name (without).
 */
class PathSafetyTest {

    @TempDir
    Path folder;

    /** Settings H2 would act on if they reached its URL: running SQL, writing files, changing how it opens. */
    static Stream<String> settings() {
        return Stream.of(
                "INIT=CREATE TABLE PWNED(X INT)",
                "INIT=RUNSCRIPT FROM 'evil.sql'",
                "TRACE_LEVEL_FILE=3",
                "TRACE_LEVEL_SYSTEM_OUT=3",
                "FILE_LOCK=NO",
                "ACCESS_MODE_DATA=r",
                "IFEXISTS=FALSE",
                "CIPHER=AES",
                "AUTO_SERVER=TRUE",
                "MODE=PostgreSQL",
                "DB_CLOSE_ON_EXIT=FALSE",
                "RECOVER_TEST=1",
                "IGNORE_UNKNOWN_SETTINGS=TRUE");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void aSettingAfterASemicolonInAFileNameIsRefusedAndNothingIsCreated(String setting) {
        Path named = folder.resolve("plan;" + setting);
        assertThatThrownBy(() -> TestDatabases.OPENER.create(DatabaseLocation.of(named), java.util.Optional.empty()))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("contains ';'")
                .hasMessageNotContaining("Exception").hasMessageNotContaining("SQL statement");
        assertThat(folder).isEmptyDirectory();
    }

    @ParameterizedTest
    @MethodSource("settings")
    void aSettingInAFolderNameIsRefusedAndNoFolderIsMade(String setting) {
        Path named = folder.resolve("plans;" + setting).resolve("desk");
        assertThatThrownBy(() -> DatabaseLocation.of(named))
                .isInstanceOf(DatabaseOpenException.class).hasMessageContaining("contains ';'");
        assertThat(folder).isEmptyDirectory();
    }

    @ParameterizedTest
    @MethodSource("settings")
    void withoutASemicolonASettingIsOnlyAFileName(String setting) throws Exception {
        // '/' cannot be in a file name; the rest of the setting is kept as it is.
        String name = "plan " + setting.replace('/', '_');
        DatabaseLocation location = DatabaseLocation.of(folder.resolve(name));
        try (var services = TestDatabases.OPENER.create(location, java.util.Optional.empty())) {
            assertThat(services.organisations().list()).isEmpty();
        }
        assertThat(Files.exists(folder.resolve(name + ".mv.db"))).isTrue();
        assertThat(tables(location)).doesNotContain("PWNED").contains("ORGANISATION");
        // Nothing else was written: no trace file, no lock file, no server file.
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(name + ".mv.db");
        }
    }

    @Test
    void anExistingFileWhoseNameCarriesAScriptIsNotOpenedAndTheScriptNeverRuns() throws Exception {
        Path script = folder.resolve("evil.sql");
        Files.writeString(script, "CREATE TABLE PWNED(X INT);");
        DatabaseLocation good = DatabaseLocation.of(folder.resolve("good"));
        TestDatabases.OPENER.create(good, java.util.Optional.empty()).close();
        // The script's path is relative: a file name cannot hold a '/'. H2 would read it from the working folder.
        Path planted = folder.resolve("plan;INIT=RUNSCRIPT FROM 'evil.sql'.mv.db");
        Files.copy(good.file(), planted);
        byte[] before = Files.readAllBytes(planted);

        assertThatThrownBy(() -> DatabaseLocation.of(planted)).isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("contains ';'");
        assertThat(Files.readAllBytes(planted)).isEqualTo(before);
        assertThat(tables(good)).doesNotContain("PWNED");
    }

    @Test
    void theCommandLineRefusesThePathOfTheReportAndCreatesNothing() throws Exception {
        var result = org.commissioningdesk.testing.OtherProcess.runLauncher("--db",
                folder.resolve("inj;INIT=CREATE TABLE PWNED(X INT)").toString(), "init", "--starter", "empty");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("contains ';'").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(folder).isEmptyDirectory();
    }

    private static List<String> tables(DatabaseLocation location) throws Exception {
        try (Connection c = DriverManager.getConnection(location.jdbcUrl("ACCESS_MODE_DATA=r", "IFEXISTS=TRUE"),
                Database.USER, "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
