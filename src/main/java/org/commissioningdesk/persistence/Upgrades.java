package org.commissioningdesk.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commissioningdesk.common.LogFolder;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bringing an existing database up to this build's schema without ever locking its owner out.
 * <ol>
 *   <li>The safety copy taken before the file was opened is kept, flushed to disk, as
 *       {@code NAME.before-vN.mv.db} (N: the first migration about to run).</li>
 *   <li>A marker, {@code NAME.upgrading}, records that an upgrade to the latest version is under way and
 *       which copy holds the database as it was.</li>
 *   <li>The migrations run. If one fails, the copy is put back and they run once more; if that fails too,
 *       the copy is put back and the person is told, with the file exactly as it was.</li>
 *   <li>The marker is removed, and only the three newest {@code before-v} copies are kept.</li>
 * </ol>
 * A run that dies between 2 and 4 (a kill, a power cut) leaves the marker: the next open sees it, finds the
 * upgrade unfinished, puts the copy back and upgrades again. H2 runs each migration's statements outside a
 * transaction, so this copy, not a rollback, is what undoes a half-made upgrade.
 */
final class Upgrades {

    private static final Logger LOG = LoggerFactory.getLogger(Upgrades.class);
    static final int COPIES_KEPT = 3;
    private static final String MARKER_SUFFIX = ".upgrading";
    private static final Pattern BACKUP = Pattern.compile("\\.before-v([0-9][0-9.]*)\\.mv\\.db$");

    private Upgrades() {
    }

    /** The copy kept from before an upgrade whose first migration is {@code version}. */
    static Path backup(DatabaseLocation location, String version) {
        return location.sibling(".before-v" + version + DatabaseLocation.SUFFIX);
    }

    static Path marker(DatabaseLocation location) {
        return location.sibling(MARKER_SUFFIX);
    }

    /** True when a previous run began an upgrade and did not say it had finished. */
    static boolean interrupted(DatabaseLocation location) {
        return Files.exists(marker(location));
    }

    /** True when the upgrade the marker speaks of did finish (the run died just before removing the marker). */
    static boolean finished(DatabaseLocation location, Migrations.Schema schema) {
        Marker marker = readMarker(location);
        // Only what the marker's own upgrade was to do counts: a newer build has more migrations pending, and
        // that must not make a finished upgrade look unfinished (and put an old copy back over later work).
        return !schema.hasFailed()
                && MigrationVersion.fromVersion(schema.latestApplied()).compareTo(MigrationVersion.fromVersion(marker.target())) >= 0;
    }

    /** Puts back the copy an interrupted upgrade began from, and says so. */
    static void undoInterrupted(DatabaseLocation location, List<String> notices) {
        Marker marker = readMarker(location);
        Path file = location.file();
        if (!Files.isRegularFile(marker.backup())) {
            // Nothing to put back: the upgrade runs again from where the file stands (and, if the half-made upgrade
            // is in its way, the file's records are copied into a fresh database first; see run).
            LOG.warn("The last upgrade of {} was interrupted and its copy {} is missing", file, marker.backup());
            forgetMarker(location);
            notices.add("The last upgrade of " + file.getFileName() + " was interrupted, and the copy made before it ("
                    + marker.backup().getFileName() + ") is missing; it was upgraded again from where it stood.");
            return;
        }
        try {
            DatabaseFiles.restore(location, marker.backup());
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.STORAGE, "The last upgrade of " + file + " was interrupted,"
                    + " and the copy made before it (" + marker.backup() + ") could not be put back. Free some space or"
                    + " check the disk, then open it again.", e);
        }
        forgetMarker(location);
        LOG.warn("Put {} back from {} after an interrupted upgrade", file, marker.backup());
        notices.add("The last upgrade of " + file.getFileName() + " was interrupted (the program or the computer"
                + " stopped during it). It was put back as it was before, from " + marker.backup().getFileName()
                + ", and upgraded again.");
    }

    /**
     * Upgrades the database open in {@code pool}, keeping {@code safetyCopy} (taken before it was opened) as
     * the copy from before. Returns the pool to work with (a new one if the upgrade was retried).
     *
     * @throws DatabaseOpenException when the upgrade failed twice; the file is then as it was before
     */
    static JdbcConnectionPool run(DatabaseLocation location, JdbcConnectionPool pool, Path safetyCopy,
                                  Migrations.Schema schema, List<String> notices) {
        Path file = location.file();
        Path backup = backup(location, schema.pending().get(0));
        try {
            DatabaseFiles.sync(safetyCopy);
            Files.move(safetyCopy, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            DatabaseFiles.syncFolder(location.folder());
            writeMarker(location, new Marker(backup, schema.latestKnown()));
        } catch (IOException e) {
            pool.dispose();
            DatabaseFiles.deleteQuietly(safetyCopy);
            throw StorageErrors.opening(file, e);
        }
        JdbcConnectionPool working = pool;
        try {
            Migrations.migrate(working);
        } catch (RuntimeException first) {
            LOG.warn("Upgrading {} failed; putting it back from {} and trying once more", file, backup, first);
            working = retry(location, working, backup, schema, notices, first);
        }
        try {
            // H2 does not flush a commit to the disk: the upgraded file must be there before the marker goes.
            flush(working);
            forgetMarker(location);
        } catch (RuntimeException | Error e) {
            working.dispose();
            throw e;
        }
        prune(location);
        LOG.info("Upgraded {} from schema {} to {}; the copy from before is {}", file, schema.latestApplied(),
                schema.latestKnown(), backup);
        notices.add(file.getFileName() + " was upgraded for this version of Commissioning Desk (schema "
                + schema.latestApplied() + " to " + schema.latestKnown() + "). A copy from before the upgrade is kept"
                + " beside it as " + backup.getFileName() + ".");
        return working;
    }

    /**
     * After a failed upgrade: the copy is put back and the upgrade run again; if that fails too, the records are
     * copied into a fresh database at the version that worked (which leaves behind whatever a half-made upgrade
     * left in the way) and the upgrade is run once more. If that fails, the copy is put back and the person told.
     */
    private static JdbcConnectionPool retry(DatabaseLocation location, JdbcConnectionPool failed, Path backup,
                                            Migrations.Schema schema, List<String> notices, RuntimeException first) {
        Path file = location.file();
        failed.dispose();
        putBack(location, backup);
        JdbcConnectionPool working = null;
        try {
            working = DatabaseOpening.connect(location);
            Migrations.migrate(working);
            notices.add("The first attempt to upgrade " + file.getFileName() + " failed; it was put back as it was"
                    + " and the second attempt succeeded.");
            return working;
        } catch (RuntimeException | java.sql.SQLException second) {
            LOG.warn("Upgrading {} failed twice; copying its records into a fresh database", file, second);
            dispose(working);
            working = null;
        }
        try {
            putBack(location, backup);
            Salvage.repair(location, schema, notices);
            working = DatabaseOpening.connect(location);
            Migrations.migrate(working);
            return working;
        } catch (RuntimeException | java.sql.SQLException third) {
            LOG.error("Upgrading {} failed three times; putting it back from {}", file, backup, third);
            third.addSuppressed(first);
            dispose(working);
            putBack(location, backup);
            forgetMarker(location);
            DatabaseFiles.deleteQuietly(Salvage.keptOriginal(location)); // the file is as it was: nothing to keep
            throw new DatabaseOpenException(DatabaseProblem.UPGRADE_FAILED, file + " could not be upgraded to this"
                    + " version of Commissioning Desk (schema " + schema.latestApplied() + " to "
                    + schema.latestKnown() + "). It is exactly as it was before; a copy is also kept at "
                    + backup.getFileName() + ". The details are in the log, in " + LogFolder.shown() + ".", third);
        }
    }

    private static void dispose(JdbcConnectionPool pool) {
        if (pool != null) {
            pool.dispose();
        }
    }

    /** Writes everything H2 holds for the file to the disk, and has the disk flush it. */
    private static void flush(JdbcConnectionPool pool) {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (java.sql.SQLException e) {
            throw new DatabaseOpenException(DatabaseProblem.STORAGE, "The upgraded database could not be written to"
                    + " the disk. It will be put back and upgraded again at the next open.", e);
        }
    }

    private static void putBack(DatabaseLocation location, Path backup) {
        try {
            DatabaseFiles.restore(location, backup);
        } catch (IOException e) {
            // The marker stays, so the next open puts it back.
            throw new DatabaseOpenException(DatabaseProblem.STORAGE, "The upgrade of " + location.file() + " failed and"
                    + " the copy from before it (" + backup + ") could not be put back yet; it will be at the next"
                    + " open. Free some space or check the disk, then open it again.", e);
        }
    }

    /** Removes the marker; the removal is flushed, so a later open cannot mistake a finished upgrade for a broken one. */
    static void forgetMarker(DatabaseLocation location) {
        try {
            Files.deleteIfExists(marker(location));
            DatabaseFiles.syncFolder(location.folder());
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.STORAGE, "Commissioning Desk could not remove "
                    + marker(location) + ", which it uses while upgrading. Check that you can write in "
                    + location.folder() + ", then open the database again.", e);
        }
    }

    /** Keeps the newest {@value #COPIES_KEPT} before-upgrade copies of this database and deletes older ones. */
    static void prune(DatabaseLocation location) {
        List<Path> copies = new ArrayList<>();
        String prefix = location.name();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(location.folder(),
                entry -> entry.getFileName().toString().startsWith(prefix + ".before-v"))) {
            for (Path entry : entries) {
                if (BACKUP.matcher(entry.getFileName().toString().substring(prefix.length())).matches()) {
                    copies.add(entry);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list the upgrade copies beside {}", location.file(), e);
            return;
        }
        copies.sort(Comparator.comparing((Path p) -> versionOf(prefix, p)).reversed());
        for (Path old : copies.subList(Math.min(COPIES_KEPT, copies.size()), copies.size())) {
            LOG.info("Removing the old upgrade copy {}", old);
            DatabaseFiles.deleteQuietly(old);
        }
    }

    private static MigrationVersion versionOf(String prefix, Path copy) {
        Matcher m = BACKUP.matcher(copy.getFileName().toString().substring(prefix.length()));
        return m.matches() ? MigrationVersion.fromVersion(m.group(1)) : MigrationVersion.EMPTY;
    }

    /** What the marker records: the copy the upgrade began from, and the version it was going to. */
    record Marker(Path backup, String target) {
    }

    private static void writeMarker(DatabaseLocation location, Marker marker) throws IOException {
        Properties p = new Properties();
        p.setProperty("backup", marker.backup().getFileName().toString());
        p.setProperty("target", marker.target());
        Path staging = location.sibling(MARKER_SUFFIX + DatabaseFiles.processInfix("writing"));
        try (Writer out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
            p.store(out, "Commissioning Desk: an upgrade of " + location.file().getFileName() + " is under way");
        }
        DatabaseFiles.sync(staging);
        Files.move(staging, marker(location), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        DatabaseFiles.syncFolder(location.folder());
    }

    private static Marker readMarker(DatabaseLocation location) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(marker(location), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("The upgrade marker {} cannot be read", marker(location), e);
        }
        String backup = p.getProperty("backup", "");
        String target = p.getProperty("target", "0");
        // Only a file name beside the database is accepted: the marker never points elsewhere.
        Path name = backup.isEmpty() ? Path.of("missing") : Path.of(backup).getFileName();
        return new Marker(location.folder().resolve(name), target.matches("[0-9][0-9.]*") ? target : "0");
    }
}
