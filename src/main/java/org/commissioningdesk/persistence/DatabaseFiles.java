package org.commissioningdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file work around a database: checks made before H2 is let near a file, and the copies, moves
 * and flushes that make creating, opening and upgrading safe against a crash at any moment.
 * <p>
 * Side files live beside the database and are named from it: {@code NAME.creating-PID.mv.db} (a new
 * database being built), {@code NAME.opening-PID.mv.db} (the safety copy kept while a file is opened),
 * {@code NAME.restoring-PID.mv.db} (a copy on its way back into place) and {@code NAME.before-vN.mv.db}
 * (the copy kept from before an upgrade to schema N). The first three belong to one running process and
 * are removed once that process has gone.
 */
final class DatabaseFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFiles.class);
    /** Every H2 MVStore file starts with its header, in plain text: {@code H:2,block:...}. */
    private static final byte[] MAGIC = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PROCESS_FILE = Pattern.compile(
            "\\.(creating|opening|restoring|repairing|upgrading\\.writing)-([0-9a-f]{8})-(\\d+)(\\.mv\\.db)?$");

    private DatabaseFiles() {
    }

    /**
     * The infix naming a side file of this process: its purpose, this computer and this process
     * ({@code .creating-3fa2c1d0-4711}). The computer is named too, so that a copy on another computer using
     * the same shared folder (whose process numbers mean nothing here) never has its files taken for leftovers.
     */
    static String processInfix(String purpose) {
        return processInfix(purpose, THIS_COMPUTER, ProcessHandle.current().pid());
    }

    static String processInfix(String purpose, String computer, long pid) {
        return "." + purpose + "-" + computer + "-" + pid;
    }

    /** A short, stable tag for this computer: eight hex digits from its name. */
    static final String THIS_COMPUTER = computerTag();

    private static String computerTag() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("COMPUTERNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = Files.readString(Path.of("/etc/hostname")).strip();
            } catch (IOException | RuntimeException e) {
                name = "this-computer";
            }
        }
        return String.format("%08x", name.toLowerCase(java.util.Locale.ROOT).hashCode());
    }

    /**
     * Refuses, with a plain message and without opening it, a file that cannot be a database this copy
     * may work in: missing, a folder, unreadable, empty, not an H2 file, read-only, or in a folder where
     * the safety copies cannot be written.
     */
    static void checkOpenable(DatabaseLocation location) {
        Path file = location.file();
        if (!Files.exists(file)) {
            if (!Files.isDirectory(location.folder()) && Files.exists(location.folder())) {
                throw new DatabaseOpenException(DatabaseProblem.NOT_FOUND, "There is no database at " + file + ": "
                        + location.folder() + " is not a folder.");
            }
            throw new DatabaseOpenException(DatabaseProblem.NOT_FOUND, "There is no database at " + file + ".");
        }
        if (Files.isDirectory(file)) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, file + " is a folder, not a Commissioning"
                    + " Desk database.");
        }
        if (!Files.isReadable(file)) {
            throw new DatabaseOpenException(DatabaseProblem.NO_PERMISSION, "You do not have permission to read "
                    + file + ". Ask its owner for access, or open a copy of your own.");
        }
        byte[] head = new byte[MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw StorageErrors.opening(file, e);
        }
        if (read == 0) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, file + " is empty (0 bytes), so it holds no"
                    + " database. Nothing in it was changed. If it was being copied, copy it again.");
        }
        if (read < MAGIC.length || !Arrays.equals(head, MAGIC)) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, file + " is not a Commissioning Desk"
                    + " database (it is another kind of file, or an encrypted one). Nothing in it was changed.");
        }
        if (!Files.isWritable(file)) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, StorageErrors.readOnly(file));
        }
        requireWritableFolder(location);
    }

    /** Refuses a folder this person cannot write in: the safety copies and new files are made there. */
    static void requireWritableFolder(DatabaseLocation location) {
        Path folder = location.folder();
        if (!Files.isWritable(folder)) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, "You cannot write in the folder " + folder
                    + ", and Commissioning Desk keeps its new files and safety copies beside the database. Move the"
                    + " database to a folder of yours, or ask for write access to this one.");
        }
    }

    /** Copies {@code from} to {@code to} (replacing it), flushed to the disk when {@code durable}. */
    static void copy(Path from, Path to, boolean durable) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        if (durable) {
            sync(to);
        }
    }

    /**
     * Puts {@code copy} back in place of {@code target}, whole or not at all: it is copied beside the target,
     * flushed, then renamed over it in one step, so a crash leaves either the old file or the restored one.
     */
    static void restore(DatabaseLocation target, Path copy) throws IOException {
        Path staging = target.beside(processInfix("restoring")).file();
        copy(copy, staging, true);
        Files.move(staging, target.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(target.folder());
    }

    /**
     * Moves a finished new file into place under a name that must still be free: a hard link is made (which
     * fails if the name was taken meanwhile) and the temporary name removed. Where the disk does not
     * support links (FAT USB sticks), the file is renamed after checking the name is free.
     */
    static void placeNew(Path finished, Path target) throws IOException {
        boolean linked;
        try {
            Files.createLink(target, finished);
            linked = true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            linked = false;
        }
        if (linked) {
            // The new file has its name; the temporary name is only left over if it cannot be removed now.
            deleteQuietly(finished);
        } else {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        }
        syncFolder(target.getParent());
    }

    /** Flushes a file's content to the disk. */
    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Flushes a folder's entries (a rename or a new name) to the disk, where the platform allows it. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
            LOG.debug("Folder {} not flushed: {}", folder, e.toString());
        }
    }

    /** Deletes a file if it is there; a failure is logged, not thrown (it is only left over). */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /**
     * Removes the side files that a process left beside this database when it died (a kill, a power cut):
     * half-built new databases, safety copies and restores in progress, H2's half-written compacted file. Files
     * of a process still running, and files made on another computer, are left alone. Call it holding the
     * {@link OpeningLock}.
     */
    static void removeLeftovers(DatabaseLocation location) {
        String prefix = location.name();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(location.folder(),
                entry -> entry.getFileName().toString().startsWith(prefix + "."))) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().substring(prefix.length());
                if (rest.equals(Compaction.H2_TEMP_SUFFIX)) {
                    // A compaction that died before its file was whole: compacting is done holding the opening
                    // lock, which whoever calls this holds, so none is under way.
                    LOG.info("Removing {}, left by a compaction that did not finish", entry);
                    deleteQuietly(entry);
                    continue;
                }
                Matcher m = PROCESS_FILE.matcher(rest);
                if (m.matches() && m.group(2).equals(THIS_COMPUTER) && !alive(Long.parseLong(m.group(3)))) {
                    LOG.info("Removing {}, left by a process that has ended", entry);
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not look for left-over files beside {}", location.file(), e);
        }
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
