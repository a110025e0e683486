package org.commissioningdesk.persistence;

/** The database could not be opened or created; the message is written for the person at the keyboard. */
public class DatabaseOpenException extends DatabaseException {

    public DatabaseOpenException(DatabaseProblem problem, String message, Throwable cause) {
        super(problem, message, cause);
    }

    public DatabaseOpenException(DatabaseProblem problem, String message) {
        super(problem, message, null);
    }
}
