package org.commissioningdesk.persistence;

import org.jdbi.v3.core.Handle;

/**
 * One open transaction. Services pass it from {@link Transactions} to repositories without
 * looking inside; only repositories call {@link #handle()} (an ArchUnit rule keeps it so).
 */
public final class Tx {

    private final Handle handle;
    private final UnreadableRows unreadable;

    Tx(Handle handle, UnreadableRows unreadable) {
        this.handle = handle;
        this.unreadable = unreadable;
    }

    /** For repositories only. */
    public Handle handle() {
        return handle;
    }

    /** Where rows left out of a list because a value in them cannot be read are reported. */
    UnreadableRows unreadable() {
        return unreadable;
    }
}
