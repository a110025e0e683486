package org.commissioningdesk.persistence;

/** The database could not be opened; the message is written for the person at the keyboard. */
public class DatabaseOpenException extends RuntimeException {

    public DatabaseOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
