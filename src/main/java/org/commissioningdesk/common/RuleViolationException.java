package org.commissioningdesk.common;

/** Thrown when an action is refused by a business rule (not a field's value): the message says why. */
public class RuleViolationException extends RuntimeException implements ExplainedFailure {

    public RuleViolationException(String message) {
        super(message);
    }
}
