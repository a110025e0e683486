package org.commissioningdesk.persistence;

import org.jdbi.v3.core.Handle;

/**
 * One open transaction. Services pass it from {@link Transactions} to repositories without
 * looking inside; only repositories call {@link #handle()} (an ArchUnit rule keeps it so).
 */
public final class Tx {

    private final Handle handle;

    Tx(Handle handle) {
        this.handle = handle;
    }

    /** For repositories only. */
    public Handle handle() {
        return handle;
    }
}
