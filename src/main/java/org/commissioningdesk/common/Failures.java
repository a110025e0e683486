package org.commissioningdesk.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any failure into the words a person is shown, and makes sure the detail reaches the log.
 * An {@link ExplainedFailure} (found anywhere in the chain of causes) already speaks plainly; anything
 * else is a fault nobody foresaw, so its stack trace is logged and the person is told where the log is,
 * never shown the exception's own text.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** The plain message for {@code failure}; an unexpected one is logged with its stack trace. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExplainedFailure explained) {
                if (t != failure || t.getCause() != null) {
                    LOG.info("Explained failure: {}", explained.getMessage(), failure);
                }
                return explained.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        LOG.error("Unexpected failure", failure);
        return unexpected();
    }

    /** What a person is told about a fault nobody foresaw. */
    public static String unexpected() {
        return "Something went wrong that Commissioning Desk did not expect. Nothing more was changed. "
                + "The details are in the log, in " + LogFolder.shown() + ".";
    }
}
