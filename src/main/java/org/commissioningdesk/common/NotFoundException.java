package org.commissioningdesk.common;

/** Thrown when a record asked for by id or reference does not exist. */
public final class NotFoundException extends RuntimeException implements ExplainedFailure {

    public NotFoundException(String message) {
        super(message);
    }
}
