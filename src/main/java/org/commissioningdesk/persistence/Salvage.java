package org.commissioningdesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs a database whose upgrade failed in an older version of Commissioning Desk, one that kept no copy
 * from before: Flyway then records a failed migration and refuses the file for good, although every record
 * is still in it. The repair builds a fresh database at the last version that succeeded, copies each
 * table's rows into it (the columns that version has; anything the failed migration half-made is left
 * behind), and puts it in place of the file, keeping the file as it was as {@code NAME.before-repair.mv.db}.
 * The open that follows then upgrades it as usual.
 */
final class Salvage {

    private static final Logger LOG = LoggerFactory.getLogger(Salvage.class);

    private Salvage() {
    }

    /** The file as it was before a repair, kept beside it. */
    static Path keptOriginal(DatabaseLocation location) {
        return location.sibling(".before-repair" + DatabaseLocation.SUFFIX);
    }

    static void repair(DatabaseLocation location, Migrations.Schema schema, List<String> notices) {
        Path file = location.file();
        String good = schema.latestApplied();
        Path kept = keptOriginal(location);
        DatabaseLocation building = location.beside(DatabaseFiles.processInfix("repairing"));
        DatabaseFiles.deleteQuietly(building.file());
        LOG.warn("{} has a failed migration (version {}) and no upgrade copy; rebuilding it at version {}", file,
                schema.failed(), good);
        try {
            DatabaseFiles.copy(file, kept, true);
            JdbcConnectionPool target = Database.pool(building);
            Database fresh = new Database(building, target, List.of());
            try {
                if (!"0".equals(good)) {
                    Migrations.migrateTo(target, good);
                }
                copyRows(Database.source(location, "ACCESS_MODE_DATA=r", "IFEXISTS=TRUE"), target);
            } finally {
                fresh.shutdown();
            }
            DatabaseFiles.sync(building.file());
            Files.move(building.file(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            DatabaseFiles.syncFolder(location.folder());
        } catch (IOException | SQLException | RuntimeException e) {
            DatabaseFiles.deleteQuietly(building.file());
            LOG.error("Repairing {} failed", file, e);
            throw new DatabaseOpenException(DatabaseProblem.INTERRUPTED_UPGRADE, "An upgrade of " + file + " failed in"
                    + " an older version of Commissioning Desk, and the repair did not succeed. Nothing in it was"
                    + " changed. Use File > Recover a damaged database… (or the command 'recover') to copy its records"
                    + " into a new file.", e);
        }
        notices.add("An upgrade of " + file.getFileName() + " had failed in an older version of Commissioning Desk."
                + " Its records were copied into a fresh database and it was upgraded again; the file as it was is kept"
                + " beside it as " + kept.getFileName() + ".");
    }

    /**
     * Copies every row of every table {@code target} has from {@code source}, the columns they share, replacing
     * what the migrations put in {@code target}; new ids then follow the copied ones.
     */
    static void copyRows(javax.sql.DataSource source, javax.sql.DataSource target) throws SQLException {
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            to.setAutoCommit(false);
            try (Statement s = to.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            Map<String, Map<String, String>> tables = columns(to);
            Map<String, Map<String, String>> old = columns(from);
            for (Map.Entry<String, Map<String, String>> table : tables.entrySet()) {
                String name = table.getKey();
                if (name.equals(Migrations.HISTORY_TABLE) || !old.containsKey(name)) {
                    continue;
                }
                if (isEmpty(from, name)) {
                    continue; // nothing came back for it: what the migrations put there stays
                }
                // Columns of the same name and the same type only: a hostile file could declare one of ours as a
                // Java object, which reading would deserialize.
                List<String> shared = new ArrayList<>();
                table.getValue().forEach((column, type) -> {
                    if (type.equals(old.get(name).get(column))) {
                        shared.add(column);
                    }
                });
                try (Statement s = to.createStatement()) {
                    s.execute("DELETE FROM " + quote(name)); // rows the migrations inserted come from the original too
                }
                copyTable(from, to, name, shared);
            }
            restartIdentities(to);
            try (Statement s = to.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            to.commit();
        }
    }

    private static void copyTable(Connection from, Connection to, String table, List<String> columns)
            throws SQLException {
        String list = String.join(", ", columns.stream().map(Salvage::quote).toList());
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        int copied = 0;
        try (Statement read = from.createStatement();
             ResultSet rows = read.executeQuery("SELECT " + list + " FROM " + quote(table));
             PreparedStatement write = to.prepareStatement("INSERT INTO " + quote(table) + " (" + list
                     + ") OVERRIDING SYSTEM VALUE VALUES (" + marks + ")")) {
            while (rows.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, detached(rows.getObject(i)));
                }
                write.addBatch();
                if (++copied % 500 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        LOG.info("Repair: copied {} rows of {}", copied, table);
    }

    private static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + quote(table)
                + " FETCH FIRST 1 ROWS ONLY")) {
            return !rs.next();
        }
    }

    /** Large values are read out whole, so they do not refer to the other database. */
    private static Object detached(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    private static void restartIdentities(Connection to) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM"
                + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] identity : identities) {
            long next;
            try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + quote(identity[1])
                    + "), 0) + 1 FROM " + quote(identity[0]))) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement s = to.createStatement()) {
                s.execute("ALTER TABLE " + quote(identity[0]) + " ALTER COLUMN " + quote(identity[1]) + " RESTART WITH "
                        + next);
            }
        }
    }

    /** Table name to its columns, each with its data type. */
    private static Map<String, Map<String, String>> columns(Connection c) throws SQLException {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT C.TABLE_NAME, C.COLUMN_NAME,"
                + " C.DATA_TYPE FROM"
                + " INFORMATION_SCHEMA.COLUMNS C JOIN INFORMATION_SCHEMA.TABLES T ON T.TABLE_SCHEMA = C.TABLE_SCHEMA"
                + " AND T.TABLE_NAME = C.TABLE_NAME WHERE C.TABLE_SCHEMA = 'PUBLIC' AND T.TABLE_TYPE = 'BASE TABLE'"
                + " ORDER BY C.TABLE_NAME, C.ORDINAL_POSITION")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return tables;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
