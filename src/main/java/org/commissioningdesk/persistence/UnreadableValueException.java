package org.commissioningdesk.persistence;

import org.commissioningdesk.common.ExplainedFailure;

/** A value in a row is not one this version knows (say, a status set by hand); see {@link Rows}. */
public final class UnreadableValueException extends RuntimeException implements ExplainedFailure {

    private final String column;
    private final String value;

    UnreadableValueException(String column, String value) {
        super("A record could not be read: its " + column.replace('_', ' ') + " '" + value + "' is not one this version"
                + " of Commissioning Desk knows (it was changed outside the application).");
        this.column = column;
        this.value = value;
    }

    String column() {
        return column;
    }

    String value() {
        return value;
    }
}
