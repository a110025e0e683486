package org.commissioningdesk.export;

import org.commissioningdesk.common.ExplainedFailure;

/** An export refused or failed for a reason the person can act on; its message says which, in plain words. */
public final class ExportException extends RuntimeException implements ExplainedFailure {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
