package org.commissioningdesk.persistence;

/** The database file is already open in another copy of the application (H2 error 90020). */
public final class DatabaseInUseException extends DatabaseOpenException {

    public DatabaseInUseException(DatabaseLocation location, Throwable cause) {
        super("This database is open in another window or program: " + location.file()
                + ". Close it there first, or open a different database.", cause);
    }
}
