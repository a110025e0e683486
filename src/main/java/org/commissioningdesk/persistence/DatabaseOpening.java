package org.commissioningdesk.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.commissioningdesk.common.ExplainedFailure;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a database file is opened and created so that no crash, failure or foreign file can lock a person
 * out of their work or change a file it did not open (docs/decisions/0008).
 * <p>
 * <b>Opening</b> an existing file: plain checks first (there, a file, readable, not empty, an H2 file,
 * writable, in a writable folder); then H2 reads it <em>read-only</em>, which changes no byte, to learn
 * where its schema stands: another program's database, a newer Commissioning Desk's, one holding code, or
 * one whose last upgrade failed is refused (or put right) here. Only then is a safety copy taken and the
 * file opened for work; if that open (or an upgrade) fails, the copy is put back, so a failed open leaves
 * the file byte for byte as it was. An upgrade keeps the copy as {@code NAME.before-vN.mv.db} and leaves a
 * marker while it runs ({@link Upgrades}); a run that dies during it is undone at the next open.
 * <p>
 * <b>Creating</b>: the new database is built, migrated and set up in {@code NAME.creating-PID.mv.db} beside
 * the target, closed, flushed, and only then given its name, so a kill at any moment leaves no database or
 * a complete one.
 */
final class DatabaseOpening {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpening.class);
    /** H2 keeps two copies of its file header, one 4 KB block each, at the start of the file. */
    private static final long HEADER_BYTES = 2 * 4096;

    private DatabaseOpening() {
    }

    static Database open(DatabaseLocation location) {
        java.util.Optional<Database> shared = Database.sharing(location);
        if (shared.isPresent()) {
            return shared.get();
        }
        DatabaseFiles.checkOpenable(location);
        try (OpeningLock held = OpeningLock.take(location)) {
            return openHoldingLock(location);
        }
    }

    private static Database openHoldingLock(DatabaseLocation location) {
        DatabaseFiles.removeLeftovers(location);
        List<String> notices = new ArrayList<>();
        Migrations.Schema schema = inspectWithUpgradeResumed(location, notices);
        refuseUnusable(location, schema);
        if (schema.hasFailed()) {
            // Only an older version, which kept no copy before upgrading, leaves a failed migration behind.
            Salvage.repair(location, schema, notices);
            schema = inspectReadOnly(location);
            refuseUnusable(location, schema);
        }
        return openForWork(location, schema, notices);
    }

    static Database create(DatabaseLocation target, Consumer<Database> setUp) {
        build(target, db -> {
            Migrations.migrate(db.dataSource());
            setUp.accept(db);
        });
        return open(target);
    }

    /**
     * Builds a new file at {@code target}: {@code fill} works in a temporary database beside it, which is then
     * closed, flushed and given the target's name (only if that name is still free).
     */
    static void build(DatabaseLocation target, Consumer<Database> fill) {
        Path file = target.file();
        if (Files.exists(file)) {
            throw alreadyExists(file);
        }
        try {
            Files.createDirectories(target.folder());
        } catch (IOException e) {
            throw StorageErrors.creating(file, e);
        }
        DatabaseFiles.requireWritableFolder(target);
        DatabaseFiles.removeLeftovers(target);
        DatabaseLocation building = target.beside(DatabaseFiles.processInfix("creating"));
        DatabaseFiles.deleteQuietly(building.file());
        try {
            Database db = new Database(building, Database.pool(building), List.of());
            try {
                fill.accept(db);
            } finally {
                db.shutdown();
            }
            DatabaseFiles.sync(building.file());
            DatabaseFiles.placeNew(building.file(), file);
        } catch (FileAlreadyExistsException e) {
            DatabaseFiles.deleteQuietly(building.file());
            throw alreadyExists(file);
        } catch (IOException | RuntimeException e) {
            DatabaseFiles.deleteQuietly(building.file());
            if (e instanceof ExplainedFailure && !(e instanceof DatabaseException)) {
                throw (RuntimeException) e; // a rule of the set-up said no: its own words say why
            }
            throw StorageErrors.creating(file, e);
        }
        LOG.info("Created {}", file);
    }

    private static DatabaseOpenException alreadyExists(Path file) {
        return new DatabaseOpenException(DatabaseProblem.ALREADY_EXISTS, file + " already exists. Open it, or"
                + " choose another name for the new database.");
    }

    /** Reads the schema without writing; first undoes an upgrade that a previous run left half done. */
    private static Migrations.Schema inspectWithUpgradeResumed(DatabaseLocation location, List<String> notices) {
        Migrations.Schema schema;
        try {
            schema = inspectReadOnly(location);
        } catch (DatabaseOpenException e) {
            if (e.problem() == DatabaseProblem.IN_USE || !Upgrades.interrupted(location)) {
                throw e;
            }
            // The run that was upgrading it died and left it unreadable: the copy from before puts it right.
            Upgrades.undoInterrupted(location, notices);
            return inspectReadOnly(location);
        }
        if (Upgrades.interrupted(location)) {
            if (Upgrades.finished(location, schema)) {
                Upgrades.forgetMarker(location);
            } else {
                Upgrades.undoInterrupted(location, notices);
                schema = inspectReadOnly(location);
            }
        }
        return schema;
    }

    /** Where the schema stands, read with H2 in read-only mode: the file is not changed by a byte. */
    static Migrations.Schema inspectReadOnly(DatabaseLocation location) {
        Path file = location.file();
        refuseEmptyOrUnsafe(file);
        JdbcDataSource source = Database.source(location, "ACCESS_MODE_DATA=r", "IFEXISTS=TRUE");
        try {
            return TrackedFiles.attempt(() -> {
                // One connection held open for the whole reading, so the file is opened once.
                try (Connection held = source.getConnection()) {
                    return Migrations.inspect(source);
                }
            });
        } catch (SQLException | RuntimeException e) {
            throw StorageErrors.opening(file, e);
        }
    }

    /**
     * Reads the file's metadata with H2's storage layer alone ({@link StoredSchema}) and refuses, before H2's
     * engine sees it: a file that holds no data at all (an interrupted copy, which H2 would take for a new
     * database and set up afresh), one whose metadata cannot be read (damaged), and one holding anything that
     * would run code when the engine opened it.
     */
    private static void refuseEmptyOrUnsafe(Path file) {
        StoredSchema.Contents contents;
        try {
            contents = StoredSchema.read(file);
        } catch (RuntimeException e) {
            throw StorageErrors.opening(file, e); // in use elsewhere, unreadable to this person, or damaged
        } catch (AssertionError e) {
            LOG.warn("The metadata of {} cannot be read", file, e);
            throw new DatabaseOpenException(DatabaseProblem.DAMAGED, StorageErrors.damaged(file), e);
        }
        if (contents.version() == 0 && beyondItsHeader(file)) {
            // Data past the header, yet nothing readable in it: H2 found no whole chunk after the first (a file cut
            // short, or its last chunks spoilt) and fell back to the empty store it began as. That is damage, and
            // what is left may still be recovered.
            LOG.warn("{} holds data past its header but no readable version of it", file);
            throw new DatabaseOpenException(DatabaseProblem.DAMAGED, StorageErrors.damaged(file));
        }
        if (contents.version() == 0) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, file + " holds no database (it has the"
                    + " beginning of one and nothing else: perhaps a copy that was interrupted). Nothing in it was"
                    + " changed.");
        }
        StoredSchema.codeIn(contents.entries()).ifPresent(what -> {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, file + " holds program code (" + what
                    + ") that no Commissioning Desk database has, so it was not opened. Nothing in it was changed.");
        });
    }

    /** Whether the file holds more than H2's two header blocks. */
    private static boolean beyondItsHeader(Path file) {
        try {
            return java.nio.file.Files.size(file) > HEADER_BYTES;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void refuseUnusable(DatabaseLocation location, Migrations.Schema schema) {
        Path file = location.file();
        if (!schema.isOurs()) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, file + " is not a Commissioning Desk"
                    + " database (" + (schema.userTables() == 0 ? "it is an empty H2 database"
                    : "it is a database of another program") + "). Nothing in it was changed.");
        }
        if (schema.holdsCode()) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, file + " holds program code (triggers,"
                    + " stored functions or linked tables) that no Commissioning Desk database has, so it was not"
                    + " opened. Nothing in it was changed.");
        }
        if (schema.isNewer()) {
            throw new DatabaseOpenException(DatabaseProblem.NEWER_SCHEMA, "This database was made by a newer"
                    + " Commissioning Desk (schema " + schema.latestApplied() + "); this copy knows up to "
                    + schema.latestKnown() + ". Install the newer version. " + file + " was not changed.");
        }
    }

    private static Database openForWork(DatabaseLocation location, Migrations.Schema schema, List<String> notices) {
        Path file = location.file();
        Path safety = location.beside(DatabaseFiles.processInfix("opening")).file();
        try {
            DatabaseFiles.copy(file, safety, false);
        } catch (IOException e) {
            DatabaseFiles.deleteQuietly(safety);
            DatabaseOpenException why = StorageErrors.opening(file, e);
            if (why.problem() == DatabaseProblem.DISK_FULL) {
                throw new DatabaseOpenException(DatabaseProblem.DISK_FULL, "The disk holding " + file + " is too full"
                        + " to open it safely (a copy of it is kept while it opens). Free some space and try again.", e);
            }
            throw why;
        }
        JdbcConnectionPool pool = null;
        boolean upgrading = false;
        try {
            pool = connect(location);
            if (schema.needsUpgrade()) {
                upgrading = true;
                pool = Upgrades.run(location, pool, safety, schema, notices);
            } else {
                DatabaseFiles.deleteQuietly(safety);
            }
            return Database.forWork(location, pool, notices);
        } catch (SQLException | RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            if (upgrading && e instanceof DatabaseOpenException said) {
                throw said; // Upgrades has put the file back already and said so
            }
            DatabaseOpenException why = StorageErrors.opening(file, e);
            if (why.problem() != DatabaseProblem.IN_USE && !(isSql(e, ErrorCode.DATABASE_ALREADY_OPEN_1))) {
                putBack(location, safety);
            }
            DatabaseFiles.deleteQuietly(safety);
            throw why;
        }
    }

    /**
     * A pool over the existing database at {@code location}, its first connection made (which opens the file
     * for work); a failure leaves nothing of the attempt open (see {@link TrackedFiles}).
     */
    static JdbcConnectionPool connect(DatabaseLocation location) throws SQLException {
        JdbcConnectionPool pool = Database.pool(location, "IFEXISTS=TRUE");
        try {
            TrackedFiles.attempt(() -> {
                pool.getConnection().close();
                return null;
            });
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Puts the safety copy back after a failed open, so the file is as it was before the attempt. */
    private static void putBack(DatabaseLocation location, Path safety) {
        try {
            DatabaseFiles.restore(location, safety);
            LOG.info("Put {} back as it was before the failed open", location.file());
        } catch (IOException e) {
            LOG.error("Could not put {} back from {}", location.file(), safety, e);
        }
    }

    private static boolean isSql(Throwable failure, int code) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }
}
