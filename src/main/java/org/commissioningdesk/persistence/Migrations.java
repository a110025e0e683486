package org.commissioningdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * The schema's versions, as Flyway keeps them in {@code flyway_schema_history}: reading where a database
 * stands (without writing a byte) and bringing it up to this build's latest migration.
 */
final class Migrations {

    static final String HISTORY_TABLE = "flyway_schema_history";
    /**
     * For the crash drill only: milliseconds to pause before and after each migration, announcing each
     * pause on stderr, so a test can kill the process inside the migration window for sure.
     */
    static final String PAUSE_PROPERTY = "commissioningdesk.test.migrationPauseMillis";

    /**
     * For tests only: more Flyway locations (comma separated), standing for the migrations of a newer or a
     * broken build, so an upgrade can be made to fail or to find more to do.
     */
    static final String EXTRA_LOCATIONS_PROPERTY = "commissioningdesk.test.extraMigrations";

    /** Where the migrations written in Java live (those that must compute, not only declare). */
    static final String JAVA_MIGRATIONS = "classpath:org/commissioningdesk/persistence/migration";

    private Migrations() {
    }

    /** Where a database's schema stands against this build's migrations. */
    record Schema(boolean hasHistory, int userTables, boolean holdsCode, List<String> applied, List<String> failed,
                  List<String> future, List<String> pending, String latestKnown) {

        /** A Commissioning Desk database has the history table; any other file with tables is someone else's. */
        boolean isOurs() {
            return hasHistory;
        }

        boolean isNewer() {
            return !future.isEmpty();
        }

        boolean hasFailed() {
            return !failed.isEmpty();
        }

        boolean needsUpgrade() {
            return !pending.isEmpty();
        }

        /** The newest version applied successfully, or "0" for none. */
        String latestApplied() {
            return applied.isEmpty() ? "0" : applied.get(applied.size() - 1);
        }
    }

    /** Reads where the database behind {@code source} stands; reads only, so it works on a read-only connection. */
    static Schema inspect(DataSource source) throws SQLException {
        boolean hasHistory;
        int userTables;
        boolean holdsCode;
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            if (Engine.of(c) == Engine.POSTGRESQL) {
                // Only this database's own schema: PostgreSQL lists its catalogue's functions too.
                String here = "table_schema = current_schema()";
                hasHistory = count(s, "SELECT COUNT(*) FROM information_schema.tables WHERE " + here
                        + " AND table_name = '" + HISTORY_TABLE + "'") > 0;
                userTables = count(s, "SELECT COUNT(*) FROM information_schema.tables WHERE " + here);
                holdsCode = count(s, "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema ="
                        + " current_schema()") > 0
                        || count(s, "SELECT COUNT(*) FROM information_schema.routines WHERE routine_schema ="
                        + " current_schema()") > 0;
            } else {
                hasHistory = count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND TABLE_NAME = '" + HISTORY_TABLE + "'") > 0;
                userTables = count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
                // Commissioning Desk's schema has no triggers, stored routines or linked tables: a file that has
                // any could run code when used, so it is not opened for work.
                holdsCode = count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS") > 0
                        || count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES") > 0
                        || count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE NOT IN ('BASE TABLE',"
                        + " 'VIEW')") > 0;
            }
        }
        MigrationInfo[] all = flyway(source, null).info().all();
        List<String> applied = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> future = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (MigrationInfo m : all) {
            if (m.getVersion() == null) {
                continue;
            }
            String v = m.getVersion().getVersion();
            MigrationState state = m.getState();
            if (state == MigrationState.FAILED || state == MigrationState.FUTURE_FAILED) {
                failed.add(v);
            } else if (state == MigrationState.FUTURE_SUCCESS) {
                future.add(v);
                applied.add(v);
            } else if (state == MigrationState.PENDING) {
                pending.add(v);
            } else if (state.isApplied() && !state.isFailed()) {
                applied.add(v);
            }
        }
        List<String> known = Arrays.stream(all)
                .filter(m -> m.getVersion() != null && m.getState() != MigrationState.FUTURE_SUCCESS
                        && m.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion).sorted().map(MigrationVersion::getVersion).distinct().toList();
        return new Schema(hasHistory, userTables, holdsCode, applied, failed, future, pending,
                known.isEmpty() ? "0" : known.get(known.size() - 1));
    }

    /** Applies every pending migration. */
    static void migrate(DataSource source) {
        flyway(source, null).migrate();
    }

    /** Applies the pending migrations up to and including {@code target} (a version such as "2"). */
    static void migrateTo(DataSource source, String target) {
        flyway(source, MigrationVersion.fromVersion(target)).migrate();
    }

    /**
     * The schema version a database put together by recovery is at, read from its tables (its own history may
     * be lost or short): the newest version all of whose tables it has, found by migrating an empty in-memory
     * database one version at a time; the latest version when not even the first one's tables came back.
     */
    static String versionByTables(DataSource recovered) throws SQLException {
        java.util.Set<String> present = tableNames(recovered);
        String found = "0";
        org.h2.jdbcx.JdbcDataSource structure = new org.h2.jdbcx.JdbcDataSource();
        structure.setURL("jdbc:h2:mem:structure-" + java.util.UUID.randomUUID());
        try (Connection held = structure.getConnection()) {
            List<String> versions = Arrays.stream(flyway(structure, null).info().all())
                    .filter(m -> m.getVersion() != null).map(m -> m.getVersion().getVersion()).toList();
            for (String version : versions) {
                migrateTo(structure, version);
                if (!present.containsAll(tableNames(structure))) {
                    return "0".equals(found) ? versions.get(versions.size() - 1) : found;
                }
                found = version;
            }
        }
        return found;
    }

    private static java.util.Set<String> tableNames(DataSource source) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA ="
                     + " 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> '" + HISTORY_TABLE + "'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Flyway flyway(DataSource source, MigrationVersion target) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration", JAVA_MIGRATIONS));
        String extra = System.getProperty(EXTRA_LOCATIONS_PROPERTY);
        if (extra != null && !extra.isBlank()) {
            locations.addAll(Arrays.asList(extra.split(",")));
        }
        Engine engine;
        try {
            engine = Engine.of(source);
        } catch (SQLException e) {
            throw new org.flywaydb.core.api.FlywayException("Could not reach the database", e);
        }
        List<Callback> callbacks = new ArrayList<>();
        if (engine == Engine.POSTGRESQL) {
            callbacks.add(new ClobOnPostgres());
        }
        var configuration = Flyway.configure()
                .dataSource(source)
                .locations(locations.toArray(String[]::new))
                .placeholders(engine.placeholders())
                .failOnMissingLocations(true);
        if (target != null) {
            configuration.target(target);
        }
        long pause = Long.getLong(PAUSE_PROPERTY, 0L);
        if (pause > 0) {
            callbacks.add(new PauseForTests(pause));
        }
        configuration.callbacks(callbacks.toArray(Callback[]::new));
        return configuration.load();
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The first migrations, released before PostgreSQL was supported, declare long text as CLOB, which H2 knows
     * and PostgreSQL does not: on PostgreSQL a domain of that name over TEXT is made before they run, so the
     * same released files make the same tables on both (a released migration is never edited). Later
     * migrations say {@code ${large_text}}.
     */
    private static final class ClobOnPostgres implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try (Statement s = context.getConnection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_type t JOIN pg_namespace n ON n.oid ="
                         + " t.typnamespace WHERE t.typname = 'clob' AND n.nspname = current_schema()")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    try (Statement create = context.getConnection().createStatement()) {
                        create.execute("CREATE DOMAIN clob AS TEXT");
                    }
                }
            } catch (SQLException e) {
                throw new org.flywaydb.core.api.FlywayException("Could not prepare PostgreSQL for the migrations", e);
            }
        }

        @Override
        public String getCallbackName() {
            return "clob-on-postgres";
        }
    }

    /** The crash drill's hook: a pause either side of each migration, announced on stderr. */
    private record PauseForTests(long millis) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            String version = context.getMigrationInfo() == null || context.getMigrationInfo().getVersion() == null
                    ? "?" : context.getMigrationInfo().getVersion().getVersion();
            System.err.println("migration-pause " + (event == Event.BEFORE_EACH_MIGRATE ? "before" : "after") + " V"
                    + version);
            System.err.flush();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String getCallbackName() {
            return "pause-for-tests";
        }
    }
}
