package org.commissioningdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * What the safe open costs (docs/benchmarks/open.sh): opening a database for work the safe way
 * ({@link Database#open}: checks, read-only schema reading, safety copy, open) against the way it was
 * opened before (H2 opened for writing at once, then Flyway's migrate with nothing to do), in the same
 * run, on the demo database and on one grown to about 30 MB. Medians of the timed rounds, after warm-up.
 */
public final class OpenBenchmark {

    private OpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path work = Files.createTempDirectory("desk-open-bench-");
        DatabaseLocation demo = DatabaseLocation.of(work.resolve("demo"));
        Services.opener(new UserIdentity("bench"), Clock.systemDefaultZone()).create(demo,
                Optional.of(new SetUpService.Choice(StarterPack.LONDON_2006, true))).close();
        DatabaseLocation large = DatabaseLocation.of(work.resolve("large"));
        Files.copy(demo.file(), large.file());
        grow(large, 60_000);
        for (DatabaseLocation location : List.of(demo, large)) {
            long size = Files.size(location.file());
            for (int i = 0; i < 5; i++) {
                safe(location);
                before(location);
            }
            List<Long> safe = new ArrayList<>();
            List<Long> before = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                safe.add(safe(location));
                before.add(before(location));
            }
            double s = median(safe) / 1e6;
            double b = median(before) / 1e6;
            System.out.printf("%-6s %6.1f MB  open as before %7.1f ms  safe open %7.1f ms  ratio %.2f%n",
                    location.name(), size / 1e6, b, s, s / b);
        }
    }

    private static long safe(DatabaseLocation location) {
        long start = System.nanoTime();
        try (Database db = Database.open(location)) {
            db.read(tx -> 0);
        }
        return System.nanoTime() - start;
    }

    private static long before(DatabaseLocation location) throws Exception {
        long start = System.nanoTime();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + location.base() + ";WRITE_DELAY=0", "desk", "");
        try {
            pool.getConnection().close();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("SELECT 1");
            }
        } finally {
            pool.dispose();
        }
        return System.nanoTime() - start;
    }

    /** Adds {@code rows} audit entries of about half a kilobyte each: years of a busy team's changes. */
    private static void grow(DatabaseLocation location, int rows) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + location.base() + ";IFEXISTS=TRUE",
                "desk", "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (changed_at, changed_by,"
                     + " entity_type, entity_uid, action, subject, summary, details) VALUES (CURRENT_TIMESTAMP, 'bench',"
                     + " 'prospectus', RANDOM_UUID(), 'update', 'Prospectus “Bench”', ?, ?)")) {
            c.setAutoCommit(false);
            String text = "{\"title\":\"" + "x".repeat(240) + "\"}";
            for (int i = 0; i < rows; i++) {
                insert.setString(1, "Changed the title " + i + ".");
                insert.setString(2, "{\"before\":" + text + i + ",\"after\":" + text + (i + 1) + "}");
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
