package org.commissioningdesk.persistence;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.commissioningdesk.common.LogFolder;
import org.h2.tools.Recover;
import org.h2.util.ScriptReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies what can still be read from a damaged database into a new file, with H2's own Recover tool,
 * and never writes to the damaged file: the tool reads a private copy of it in a temporary folder and
 * writes a script of every table, row and constraint it can read; the script is run into a new
 * database built beside the target and moved into place when complete (as a new database always is).
 */
public final class DatabaseRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRecovery.class);
    private static final String COPY_NAME = "damaged";

    private DatabaseRecovery() {
    }

    /** What a recovery did: rows recovered per table, and how many of the script's statements failed. */
    public record Report(Path from, Path to, List<TableCount> tables, int statementsFailed) {

        public long rows() {
            return tables.stream().mapToLong(TableCount::rows).sum();
        }

        /** Plain sentences for the person: where the copy is, what it holds, whether anything was lost. */
        public String describe() {
            String holds = "Recovered " + rows() + " records in " + tables.size() + " tables from " + from.getFileName()
                    + " into " + to + ".";
            String lost = statementsFailed == 0 ? " Everything the damaged file still held was read."
                    : " " + statementsFailed + " parts could not be read and are missing; the details are in the log, in "
                    + LogFolder.shown() + ".";
            return holds + lost + " The damaged file was not changed.";
        }
    }

    /** Rows recovered into one table. */
    public record TableCount(String table, long rows) {
    }

    /**
     * Recovers {@code damaged} (a {@code .mv.db} file) into a new database at {@code out}.
     *
     * @param cancelled asked between steps; when it says yes the recovery stops and leaves no new file
     * @throws DatabaseOpenException when the damaged file cannot be read at all, or {@code out} exists
     */
    public static Report recover(Path damaged, DatabaseLocation out, BooleanSupplier cancelled) {
        Path source = damaged.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_FOUND, "There is no file at " + source + " to recover.");
        }
        if (source.equals(out.file())) {
            throw new DatabaseOpenException(DatabaseProblem.ALREADY_EXISTS, "Recover into a new file, not into "
                    + source + " itself: it is never changed.");
        }
        if (!Files.isReadable(source)) {
            throw new DatabaseOpenException(DatabaseProblem.NO_PERMISSION, "You do not have permission to read "
                    + source + ".");
        }
        if (Files.exists(out.file())) {
            throw new DatabaseOpenException(DatabaseProblem.ALREADY_EXISTS, out.file() + " already exists. Choose a new"
                    + " name for the recovered database.");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("commissioning-desk-recover-");
            Files.copy(source, work.resolve(COPY_NAME + DatabaseLocation.SUFFIX));
            stopIf(cancelled);
            int unread = runRecoverTool(work);
            Path script = work.resolve(COPY_NAME + ".h2.sql");
            if (!Files.isRegularFile(script) || !holdsTables(script)) {
                throw new DatabaseOpenException(DatabaseProblem.DAMAGED, source + " is too badly damaged: none of its"
                        + " tables could be read, so no new file was made. It was not changed.");
            }
            stopIf(cancelled);
            // The script runs into a scratch database first; its rows then go into a database built by this
            // version's own migrations, so the result has a whole schema and history however little came back.
            DatabaseLocation scratch = DatabaseLocation.of(work.resolve("recovered"));
            Database read = new Database(scratch, Database.pool(scratch), List.of());
            int failed;
            String version;
            try {
                failed = unread + runScript(read, script, cancelled);
                version = Migrations.versionByTables(read.dataSource());
                stopIf(cancelled);
                DatabaseOpening.build(out, db -> {
                    try {
                        Migrations.migrateTo(db.dataSource(), version);
                        Salvage.copyRows(read.dataSource(), db.dataSource());
                    } catch (SQLException e) {
                        throw StorageErrors.working(out.file(), e);
                    }
                });
            } finally {
                read.shutdown();
            }
            Report report = new Report(source, out.file(),
                    count(Database.source(out, "ACCESS_MODE_DATA=r", "IFEXISTS=TRUE")), failed);
            if (report.rows() == 0) {
                DatabaseFiles.deleteQuietly(out.file());
                throw new DatabaseOpenException(DatabaseProblem.DAMAGED, source + " is too badly damaged: none of its"
                        + " records could be read, so no new file was made. It was not changed.");
            }
            LOG.info("Recovered {} into {}: {} rows, {} statements failed", source, out.file(), report.rows(),
                    report.statementsFailed());
            return report;
        } catch (IOException | SQLException e) {
            throw StorageErrors.opening(out.file(), e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Runs H2's Recover on the copy in {@code work}, its report going to the log (never the terminal).
     *
     * @return how many parts of the file it reported it could not read
     */
    private static int runRecoverTool(Path work) throws SQLException {
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        Recover tool = new Recover();
        tool.setOut(new java.io.PrintStream(said, true, StandardCharsets.UTF_8));
        int errors = 0;
        try {
            tool.runTool("-dir", work.toString(), "-db", COPY_NAME);
        } catch (RuntimeException | AssertionError e) {
            // H2's tool gave up part way (a damaged structure it cannot step over): keep what it wrote.
            LOG.warn("H2's Recover stopped part way", e);
            errors++;
        }
        for (String line : said.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isBlank()) {
                LOG.info("Recover: {}", line);
                if (line.startsWith("Error")) {
                    errors++;
                }
            }
        }
        return errors;
    }

    /** True when the script re-creates at least one of the database's own tables. */
    private static boolean holdsTables(Path script) throws IOException {
        try (Stream<String> lines = Files.lines(script, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line -> line.startsWith("CREATE CACHED TABLE \"PUBLIC\".")
                    || line.startsWith("CREATE MEMORY TABLE \"PUBLIC\"."));
        }
    }

    /** Runs the recovery script statement by statement, leaving out what could run code, and counts failures. */
    private static int runScript(Database db, Path script, BooleanSupplier cancelled) {
        int failed = 0;
        try (Reader in = Files.newBufferedReader(script, StandardCharsets.UTF_8);
             Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            ScriptReader reader = new ScriptReader(in);
            int n = 0;
            for (String sql = reader.readStatement(); sql != null; sql = reader.readStatement()) {
                if (++n % 1000 == 0) {
                    stopIf(cancelled);
                }
                if (sql.isBlank() || !allowed(sql)) {
                    continue;
                }
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    failed++;
                    LOG.warn("Recovery statement failed: {}", abbreviate(sql), e);
                }
            }
        } catch (IOException | SQLException e) {
            throw StorageErrors.working(db.location().file(), e);
        }
        return failed;
    }

    /**
     * The statements of a recovery script that are run: tables, rows, indexes and constraints, and H2's own
     * two readers of large values. Users, other aliases, triggers, linked tables and any definition calling a
     * function that reaches outside the database are left out, so a hostile file cannot make the recovery run
     * code of its choosing.
     */
    static boolean allowed(String sql) {
        String s = sql.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.startsWith("CREATE ALIAS ") || s.startsWith("DROP ALIAS ")) {
            return s.matches("(CREATE ALIAS IF NOT EXISTS|DROP ALIAS) READ_(BLOB|CLOB)_MAP( FOR 'ORG\\.H2\\.TOOLS\\.RECOVER\\.READ(BLOB|CLOB)MAP')?");
        }
        if (!s.startsWith("INSERT ") && StoredSchema.reachesOut(s)) {
            return false; // a view, default or constraint that would read or write files or other databases
        }
        return !(s.startsWith("CREATE USER") || s.startsWith("ALTER USER") || s.startsWith("CREATE TRIGGER")
                || s.startsWith("CREATE FORCE TRIGGER") || s.startsWith("CREATE AGGREGATE")
                || s.startsWith("CREATE FORCE AGGREGATE") || s.contains(" LINKED TABLE ") || s.startsWith("RUNSCRIPT")
                || s.startsWith("SCRIPT") || s.startsWith("CALL") || s.startsWith("SET INIT")
                || s.startsWith("GRANT") || s.startsWith("CREATE ROLE") || s.startsWith("BACKUP"));
    }

    private static List<TableCount> count(javax.sql.DataSource source) throws SQLException {
        List<TableCount> counts = new ArrayList<>();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA ="
                    + " 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> '" + Migrations.HISTORY_TABLE
                    + "' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.add(new TableCount(table, rs.getLong(1)));
                }
            }
        }
        return counts;
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new RecoveryCancelledException();
        }
    }

    /** The person stopped the recovery; no new file was left. */
    public static final class RecoveryCancelledException extends RuntimeException
            implements org.commissioningdesk.common.ExplainedFailure {
        RecoveryCancelledException() {
            super("The recovery was cancelled; no new file was made and the damaged file was not changed.");
        }
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 200) + "…";
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(DatabaseFiles::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not remove the recovery's temporary folder {}", folder, e);
        }
    }
}
