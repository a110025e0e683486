package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.commissioningdesk.testing.TestDatabases;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file that many saves have grown far beyond what it holds is compacted as it closes, keeping all it
 * holds; and a compaction that died half-way leaves the file whole and its half-written copy is cleared away.
 */
class CompactionTest {

    private static final String LONG = "x".repeat(3_990);

    @TempDir
    Path folder;

    /** Saves 40 long settings {@code rounds} times, each save its own transaction, then takes them out again. */
    private static long grow(javax.sql.DataSource pool, int rounds) throws SQLException {
        try (Connection c = pool.getConnection()) {
            try (PreparedStatement put = c.prepareStatement(
                    "MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)")) {
                for (int round = 0; round < rounds; round++) {
                    for (int k = 0; k < 40; k++) {
                        put.setString(1, "bulk." + k);
                        put.setString(2, LONG + round % 10);
                        put.executeUpdate();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM app_setting WHERE setting_key LIKE 'bulk.%'");
                s.execute("INSERT INTO app_setting (setting_key, setting_value) VALUES ('kept', 'Camden PCT')");
                try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'info.FILE_SIZE'")) {
                    rs.next();
                    return Long.parseLong(rs.getString(1).strip());
                }
            }
        }
    }

    private static void assertKept(DatabaseLocation location) {
        try (Database db = Database.open(location)) {
            Optional<String> kept = db.read(tx -> new Settings().get(tx, "kept"));
            assertThat(kept).contains("Camden PCT");
        }
    }

    private DatabaseLocation made() {
        TestDatabases.database(folder).close();
        return TestDatabases.location(folder);
    }

    @Test
    void aFileGrownToManyTimesWhatItHoldsIsCompactedAsItClosesKeepingAllItHolds() throws Exception {
        DatabaseLocation location = made();
        // H2's own short compaction on close is turned off here, so only Compaction can make the file small.
        JdbcConnectionPool pool = Database.pool(location, "IFEXISTS=TRUE", "MAX_COMPACT_TIME=0");
        long grown = grow(pool, 250);

        assertThat(Compaction.closeLast(location, pool)).isTrue();
        long closed = Files.size(location.file());
        assertThat(grown).isGreaterThan(Compaction.AT_LEAST_BYTES);
        assertThat(closed).as("compacted from %d bytes", grown).isLessThan(grown / 4);
        assertKept(location);
    }

    @Test
    void aFileMostlyLiveIsClosedAsItIs() throws Exception {
        DatabaseLocation location = made();
        JdbcConnectionPool pool = Database.pool(location, "IFEXISTS=TRUE", "MAX_COMPACT_TIME=0");
        grow(pool, 1);
        assertThat(Compaction.closeLast(location, pool)).isFalse();
        assertKept(location);
    }

    @Test
    void closingTheLastUseOfAGrownDatabaseLeavesASmallFileWithAllItHolds() throws Exception {
        DatabaseLocation location = made();
        long grown;
        try (Database db = Database.open(location)) {
            grown = grow(db.dataSource(), 250);
        }
        assertThat(Files.size(location.file())).as("compacted from %d bytes", grown).isLessThan(grown / 4);
        assertKept(location);
    }

    @Test
    void onlyAFileMostlyOldOrFreeAndBigEnoughToMatterIsCompacted() {
        long big = 64L * 1024 * 1024;
        assertThat(Compaction.worthCompacting(9, 92, big)).as("9% in use").isTrue();
        assertThat(Compaction.worthCompacting(100, 30, big)).as("30% of the pages live").isTrue();
        assertThat(Compaction.worthCompacting(70, 70, big)).as("49% live").isTrue();
        assertThat(Compaction.worthCompacting(80, 90, big)).as("72% live").isFalse();
        assertThat(Compaction.worthCompacting(5, 5, Compaction.AT_LEAST_BYTES - 1)).as("small").isFalse();
    }

    @Test
    void theHalfWrittenFileOfACompactionThatDiedIsClearedAwayAndTheDatabaseOpensWhole() throws Exception {
        DatabaseLocation location = made();
        try (Database db = Database.open(location)) {
            db.inTransaction(tx -> {
                new Settings().put(tx, "kept", "Camden PCT");
                return null;
            });
        }
        Path half = location.folder().resolve(location.name() + Compaction.H2_TEMP_SUFFIX);
        Files.write(half, new byte[64 * 1024]);
        assertKept(location);
        assertThat(half).doesNotExist();
    }
}
