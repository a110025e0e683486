package org.commissioningdesk.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import org.commissioningdesk.common.LogFolder;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what went wrong from an exception thrown by H2, Flyway, Jdbi or the file system, and says it
 * in one or two plain sentences (what happened, what to do) as a {@link DatabaseException}. The
 * original exception stays its cause and is logged, so nobody is shown SQL or an engine's message and a
 * developer still finds every detail in the log.
 */
final class StorageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(StorageErrors.class);

    private StorageErrors() {
    }

    /** A failure while opening the database at {@code file}: nothing in it was changed. */
    static DatabaseOpenException opening(Path file, Throwable failure) {
        return refusal(file, failure, true, "opened safely", "Commissioning Desk could not open " + file
                + ". Nothing in it was changed.");
    }

    /** A failure while making a new database at {@code file}: no file was left behind. */
    static DatabaseOpenException creating(Path file, Throwable failure) {
        return refusal(file, failure, false, "made", "Commissioning Desk could not make the new database " + file
                + ", and left nothing behind.");
    }

    private static DatabaseOpenException refusal(Path file, Throwable failure, boolean existing, String done,
                                                 String otherwise) {
        if (failure instanceof DatabaseOpenException plain) {
            return plain;
        }
        DatabaseProblem problem = classify(failure);
        if (existing && problem == DatabaseProblem.STORAGE && engineSaid(failure)) {
            // The engine could not make sense of what it read (garbled metadata, a value it cannot convert):
            // the file's content is damaged, and recovery, which never writes to it, is the way on.
            problem = DatabaseProblem.DAMAGED;
        }
        log(problem, "Opening or making " + file, failure);
        String message = switch (problem) {
            case IN_USE -> null;
            case NOT_A_DATABASE -> notADatabase(file, failure);
            case DAMAGED -> damaged(file);
            case READ_ONLY -> readOnly(file);
            case NO_PERMISSION -> "You do not have permission to use " + file + " (or its folder). Ask its owner for"
                    + " access, or use a folder of your own.";
            case DISK_FULL -> "The disk holding " + file + " is full, so the database could not be " + done
                    + ". Free some space and try again.";
            case NAME_TOO_LONG -> "The name of " + file + " is too long for this computer's disk. Choose a shorter"
                    + " name or a folder nearer the top of the disk.";
            case NOT_FOUND -> "There is no database at " + file + ".";
            default -> otherwise + " The details are in the log, in " + LogFolder.shown() + ".";
        };
        if (problem == DatabaseProblem.IN_USE) {
            return new DatabaseInUseException(file, failure);
        }
        DatabaseProblem shown = switch (problem) {
            case NOT_A_DATABASE, DAMAGED, READ_ONLY, NO_PERMISSION, DISK_FULL, NAME_TOO_LONG, NOT_FOUND -> problem;
            default -> DatabaseProblem.STORAGE;
        };
        return new DatabaseOpenException(shown, message, failure);
    }

    /** A failure while reading or writing an open database: nothing of the unit of work was kept. */
    static DatabaseException working(Path file, Throwable failure) {
        if (failure instanceof DatabaseException plain) {
            return plain;
        }
        DatabaseProblem problem = classify(failure);
        String message = switch (problem) {
            case DISK_FULL -> "The disk holding " + file + " is full, so this was not saved; nothing you had saved"
                    + " before was lost. Free some space and try again.";
            case READ_ONLY -> "This was not saved: " + file + " can no longer be written (it, its folder or its disk"
                    + " has become read-only). Make it writable, then open it again.";
            case NO_PERMISSION -> "This was not saved: you no longer have permission to write " + file + ".";
            case DAMAGED -> "Part of " + file + " cannot be read: the file is damaged. Close it, then use File >"
                    + " Recover a damaged database… (or the command 'recover') to copy what can be read into a new file.";
            case IN_USE -> "The database is busy in another window or program; try again in a moment.";
            default -> "The database could not do this, and nothing was changed. The details are in the log, in "
                    + LogFolder.shown() + ".";
        };
        log(problem, "Working in " + file, failure);
        DatabaseProblem shown = switch (problem) {
            case DISK_FULL, READ_ONLY, NO_PERMISSION, DAMAGED, IN_USE -> problem;
            default -> DatabaseProblem.STORAGE;
        };
        return new DatabaseException(shown, message, failure);
    }

    static String damaged(Path file) {
        return file + " is damaged and cannot be opened. Nothing in it was changed. Use File > Recover a damaged"
                + " database… (or the command 'recover') to copy what can still be read into a new file.";
    }

    static String readOnly(Path file) {
        return file + " is read-only, and Commissioning Desk needs to write to it. Make it writable, or copy it to a"
                + " folder of yours and open the copy.";
    }

    private static String notADatabase(Path file, Throwable failure) {
        String why = sqlCode(failure) == ErrorCode.WRONG_USER_OR_PASSWORD
                ? "it is a database of another program, or protected by a password"
                : sqlCode(failure) == ErrorCode.FILE_ENCRYPTION_ERROR_1 ? "it is encrypted"
                : "it is another kind of file, or a database from another program or an older engine";
        return file + " is not a Commissioning Desk database (" + why + "). Nothing in it was changed.";
    }

    /** What kind of trouble {@code failure} reports, reading its whole chain of causes. */
    static DatabaseProblem classify(Throwable failure) {
        DatabaseProblem found = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            DatabaseProblem here = classifyOne(t);
            if (here == DatabaseProblem.DISK_FULL || here == DatabaseProblem.NAME_TOO_LONG) {
                return here; // the deepest, most specific reason wins over "could not write"
            }
            if (here != null && (found == null || found == DatabaseProblem.STORAGE || found == DatabaseProblem.DAMAGED
                    && here != DatabaseProblem.STORAGE)) {
                found = here;
            }
        }
        return found == null ? DatabaseProblem.STORAGE : found;
    }

    private static DatabaseProblem classifyOne(Throwable t) {
        if (t instanceof IOException io) {
            return classifyIo(io);
        }
        if (t instanceof SQLException sql) {
            return switch (sql.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1 -> DatabaseProblem.IN_USE;
                case ErrorCode.FILE_CORRUPTED_1 -> DatabaseProblem.DAMAGED;
                case ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.FILE_VERSION_ERROR_1 ->
                        DatabaseProblem.NOT_A_DATABASE;
                case ErrorCode.DATABASE_IS_READ_ONLY -> DatabaseProblem.READ_ONLY;
                case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 -> DatabaseProblem.NOT_FOUND;
                case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 -> messageSaysDiskFull(sql.getMessage())
                        ? DatabaseProblem.DISK_FULL : DatabaseProblem.STORAGE;
                default -> null;
            };
        }
        if (t instanceof MVStoreException mv) {
            return switch (mv.getErrorCode()) {
                case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_BLOCK_NOT_FOUND,
                     DataUtils.ERROR_UNKNOWN_DATA_TYPE, DataUtils.ERROR_SERIALIZATION -> DatabaseProblem.DAMAGED;
                case DataUtils.ERROR_UNSUPPORTED_FORMAT -> DatabaseProblem.NOT_A_DATABASE;
                case DataUtils.ERROR_FILE_LOCKED -> DatabaseProblem.IN_USE;
                case DataUtils.ERROR_WRITING_FAILED, DataUtils.ERROR_READING_FAILED -> messageSaysDiskFull(mv.getMessage())
                        ? DatabaseProblem.DISK_FULL : DatabaseProblem.STORAGE;
                default -> null;
            };
        }
        return null;
    }

    private static DatabaseProblem classifyIo(IOException io) {
        if (messageSaysDiskFull(io.getMessage())) {
            return DatabaseProblem.DISK_FULL;
        }
        if (io instanceof AccessDeniedException) {
            return DatabaseProblem.NO_PERMISSION;
        }
        String reason = io instanceof FileSystemException fs ? fs.getReason() : io.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (lower.contains("read-only file system")) {
            return DatabaseProblem.READ_ONLY;
        }
        if (lower.contains("file name too long") || lower.contains("filename") && lower.contains("too long")) {
            return DatabaseProblem.NAME_TOO_LONG;
        }
        if (lower.contains("permission denied") || lower.contains("access is denied")) {
            return DatabaseProblem.NO_PERMISSION;
        }
        return DatabaseProblem.STORAGE;
    }

    static boolean messageSaysDiskFull(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("no space left on device") || lower.contains("not enough space on the disk")
                || lower.contains("disk quota exceeded");
    }

    /** True when H2 itself (not the file system) reported the failure. */
    private static boolean engineSaid(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof MVStoreException) {
                return true;
            }
        }
        return false;
    }

    private static int sqlCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }

    private static void log(DatabaseProblem problem, String what, Throwable failure) {
        if (problem == DatabaseProblem.STORAGE || problem == DatabaseProblem.DAMAGED) {
            LOG.error("{}: {}", what, problem, failure);
        } else {
            LOG.warn("{}: {}", what, problem, failure);
        }
    }
}
