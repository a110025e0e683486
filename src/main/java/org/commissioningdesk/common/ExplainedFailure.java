package org.commissioningdesk.common;

/**
 * Marks an exception whose message is written for the person at the keyboard: one or two plain
 * sentences saying what happened and what to do, with no SQL, stack trace or library text. Anything
 * else that fails is described by {@link Failures} as an unexpected fault, with the detail in the log.
 */
public interface ExplainedFailure {

    /** The plain message. */
    String getMessage();
}
