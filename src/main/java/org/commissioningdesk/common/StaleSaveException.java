package org.commissioningdesk.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because the record was saved by someone else (or in another window) after this edit began:
 * nothing was written, and the edits are still the person's to keep. Says who saved it and when, in this
 * computer's time.
 */
public final class StaleSaveException extends RuleViolationException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm");

    private final Stamp current;

    public StaleSaveException(String what, Stamp current) {
        super(what + " was saved by " + (current.savedBy() == null ? "someone else" : current.savedBy()) + " on "
                + WHEN.format(current.savedAt().atZone(ZoneId.systemDefault())) + ", after you began this edit, so"
                + " your changes were not saved. They are still here: reload to see theirs beside yours, or save yours"
                + " as a copy.");
        this.current = current;
    }

    /** The record's stamp as it now stands in the database. */
    public Stamp current() {
        return current;
    }
}
