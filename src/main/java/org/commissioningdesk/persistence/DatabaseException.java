package org.commissioningdesk.persistence;

import java.util.Objects;

import org.commissioningdesk.common.ExplainedFailure;

/**
 * A database could not be opened, created, read or written. The message is written for the person at
 * the keyboard (what happened, what to do); the cause, kept for the log, holds the engine's own words.
 */
public class DatabaseException extends RuntimeException implements ExplainedFailure {

    private final DatabaseProblem problem;

    public DatabaseException(DatabaseProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
    }

    public DatabaseException(DatabaseProblem problem, String message) {
        this(problem, message, null);
    }

    public DatabaseProblem problem() {
        return problem;
    }
}
