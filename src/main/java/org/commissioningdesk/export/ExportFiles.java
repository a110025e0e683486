package org.commissioningdesk.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.commissioningdesk.common.DisplayPaths;

/**
 * Writes an export so that a failure never leaves a half-written file: the content goes to a hidden
 * temporary file in the target folder, which is moved into place only once it is complete. A file
 * the export would replace is left as it was if anything goes wrong, and one that another program
 * has open is refused before any work is done.
 */
public final class ExportFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ExportFiles.class);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private ExportFiles() {
    }

    /**
     * Checks that {@code target} can be written, before any work: its folder exists and is a folder,
     * it is not itself a folder, and no other program holds it open.
     */
    public static void checkWritable(Path target) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("The folder " + shown(folder) + " does not exist. Choose a folder that does.");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(shown(file) + " is a folder. Give the export a file name.");
        }
        Path libreOfficeLock = folder.resolve(".~lock." + file.getFileName() + "#");
        if (Files.exists(libreOfficeLock)) {
            throw new ExportException(shown(file) + " is open in another program (LibreOffice). Close it there and "
                    + "export again, or choose another name.");
        }
        if (Files.exists(file)) {
            // On Windows a file open in Word or Excel cannot be opened for writing by anyone else.
            try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.WRITE)) {
                LOG.debug("{} can be replaced", file);
            } catch (AccessDeniedException e) {
                throw new ExportException(shown(file) + " cannot be replaced: it is read-only, or open in another "
                        + "program. Close it there and export again, or choose another name.", e);
            } catch (IOException e) {
                throw new ExportException(shown(file) + " cannot be replaced: it is open in another program. Close it "
                        + "there and export again, or choose another name.", e);
            }
        }
    }

    /** Writes {@code content} to {@code target}, all or nothing. */
    public static void write(Path target, Content content) {
        checkWritable(target);
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path temporary;
        try {
            // Made like any new file (not with createTempFile's owner-only permissions), so the finished
            // export can be read by whoever could read the folder's other files.
            temporary = folder.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
            Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            // If the application quits before the export ends, the part file goes with it.
            temporary.toFile().deleteOnExit();
        } catch (AccessDeniedException | NoSuchFileException | NotDirectoryException e) {
            throw new ExportException("Commissioning Desk cannot write in " + shown(folder)
                    + ". Choose a folder you can save files in.", e);
        } catch (IOException e) {
            throw new ExportException("Commissioning Desk cannot write in " + shown(folder) + ": "
                    + reason(e) + ". Choose another folder.", e);
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
                content.write(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (CancellationException | ExportException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new ExportException(shown(file) + " could not be written: it is read-only, or open in another "
                    + "program. Nothing was changed.", e);
        } catch (IOException e) {
            throw new ExportException(shown(file) + " could not be written: " + reason(e) + ". Nothing was changed.", e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Could not remove the unfinished export {}", temporary, e);
                }
            }
        }
    }

    /** The operating system's reason in words, for "the disk is full" and the like. */
    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : null;
        if (reason == null || reason.isBlank()) {
            return "the system refused";
        }
        return reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + reason.substring(1);
    }

    private static String shown(Path path) {
        return path == null ? "(none)" : DisplayPaths.friendly(path);
    }
}
