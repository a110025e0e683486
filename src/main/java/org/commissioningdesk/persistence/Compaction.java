package org.commissioningdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a database file near the size of what it holds. H2 writes each change to new space in the file and frees
 * the old; with many saves a file can grow to many times its data (a busy year of saves made one 25 times its
 * data), and every open copies the whole file for safety. So the last close of a file that has grown to more
 * than twice what it holds compacts it: H2 writes what it holds to a new file beside it and moves that over the
 * old one in one step, so a crash or a kill at any moment leaves the old file whole (and the half-written one is
 * cleared away at the next open). It is done holding the opening lock, so no other copy opens the file meanwhile.
 */
final class Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);

    /** Compacted when what it holds fills less than this share (%) of the file... */
    static final int FILL_BELOW_PERCENT = 50;
    /** ...and the file is at least this big: a smaller one costs nothing to open. */
    static final long AT_LEAST_BYTES = 4L * 1024 * 1024;
    /** What H2 leaves beside {@code NAME.mv.db} while it compacts (see {@link DatabaseFiles#removeLeftovers}). */
    static final String H2_TEMP_SUFFIX = ".mv.db.tempFile";

    private Compaction() {
    }

    /**
     * Closes {@code pool}, the last use of {@code location} in this process, compacting the file if it is worth it:
     * whether it was compacted.
     */
    static boolean closeLast(DatabaseLocation location, JdbcConnectionPool pool) {
        try {
            if (!worthCompacting(location, pool)) {
                return false;
            }
            Optional<OpeningLock> lock = OpeningLock.tryTake(location);
            if (lock.isEmpty()) {
                LOG.info("Not compacting {}: another copy is opening it", location.file());
                return false;
            }
            try (OpeningLock held = lock.get()) {
                return compact(location, pool);
            }
        } finally {
            pool.dispose();
        }
    }

    private static boolean worthCompacting(DatabaseLocation location, JdbcConnectionPool pool) {
        Map<String, String> info = new HashMap<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE', 'info.FILE_SIZE')")) {
            while (rs.next()) {
                info.put(rs.getString(1), rs.getString(2).strip());
            }
            int fill = Integer.parseInt(info.getOrDefault("info.FILL_RATE", "100"));
            int chunksFill = Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "100"));
            long size = Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0"));
            boolean worth = worthCompacting(fill, chunksFill, size);
            if (worth) {
                LOG.info("{} is {} bytes, {}% of it in use and {}% of that live: compacting it as it closes",
                        location.file(), size, fill, chunksFill);
            }
            return worth;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not tell how full {} is; closing it as it is", location.file(), e);
            return false;
        }
    }

    /**
     * Whether a file of {@code size} bytes is worth compacting when {@code fill}% of it is in use (the rest is free
     * space) and {@code chunksFill}% of what is in use is live (the rest is old versions of pages): its live share
     * is the product.
     */
    static boolean worthCompacting(int fill, int chunksFill, long size) {
        return size >= AT_LEAST_BYTES && fill * chunksFill < FILL_BELOW_PERCENT * 100;
    }

    private static boolean compact(DatabaseLocation location, JdbcConnectionPool pool) {
        long started = System.nanoTime();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
            LOG.info("Compacted {} to {} bytes in {} ms", location.file(), location.file().toFile().length(),
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (SQLException | RuntimeException e) {
            // H2 replaces the file only once the compacted one is whole: a failure leaves it as it was.
            LOG.warn("Could not compact {}; it is left as it was", location.file(), e);
            return false;
        }
    }
}
