package org.commissioningdesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.commissioningdesk.common.AppPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two copies of the application from opening, upgrading or repairing the same database at the same
 * moment. H2's own lock holds only while a file is open, and opening lets go of it between steps (the
 * read-only look, the safety copy, an upgrade's second attempt, putting a copy back); a second copy arriving
 * in between could then open the file and have its work renamed away. This lock, on a small file named from the
 * database's path (see {@link #file}), is held across the whole sequence; a second copy waits for it a few
 * seconds, then finds H2's lock and says the database is in use. The file stays (removing a lock file while
 * another process waits on it would let two in).
 */
final class OpeningLock implements AutoCloseable {

    private static final long WAIT_MILLIS = 10_000;

    private final FileChannel channel;
    private final FileLock lock;

    private OpeningLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock file for {@code location}: in the user data folder's {@code locks/}, named from a digest of the
     * database's canonical path, so database folders stay clean; beside the database when that folder cannot
     * be written.
     */
    static Path file(DatabaseLocation location) {
        Path locks = AppPaths.userDataFolder().resolve("locks");
        try {
            Files.createDirectories(locks);
            if (Files.isWritable(locks)) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                        location.file().toString().getBytes(StandardCharsets.UTF_8));
                return locks.resolve(HexFormat.of().formatHex(digest, 0, 12) + ".lock");
            }
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            // fall back to the database's own folder
        }
        return location.sibling(".opening.lock");
    }

    /** Takes the lock for {@code location}, waiting up to ten seconds for another copy to finish opening it. */
    static OpeningLock take(DatabaseLocation location) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file(location), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StorageErrors.opening(location.file(), e);
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // this process is opening it on another thread
                }
                if (lock != null) {
                    return new OpeningLock(channel, lock);
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new DatabaseInUseException(location.file(), null);
                }
                Thread.sleep(100);
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            close(channel);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof DatabaseOpenException plain ? plain : StorageErrors.opening(location.file(), e);
        }
    }

    /**
     * Takes the lock for {@code location} if no other copy holds it now, without waiting: empty when one does
     * (or the lock file cannot be opened).
     */
    static java.util.Optional<OpeningLock> tryTake(DatabaseLocation location) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file(location), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return java.util.Optional.of(new OpeningLock(channel, lock));
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held by another copy, or by this one on another thread
        }
        close(channel);
        return java.util.Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to let go of
        }
    }
}
