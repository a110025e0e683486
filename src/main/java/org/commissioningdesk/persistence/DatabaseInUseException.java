package org.commissioningdesk.persistence;

import java.nio.file.Path;

/** The database file is already open in another copy of the application (H2 error 90020). */
public final class DatabaseInUseException extends DatabaseOpenException {

    public DatabaseInUseException(Path file, Throwable cause) {
        super(DatabaseProblem.IN_USE, "This database is open in another window or program: " + file
                + ". Close it there first, or open a different database.", cause);
    }
}
