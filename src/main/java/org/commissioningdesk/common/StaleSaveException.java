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

    /** @param what the record in words: "this prospectus" */
    public StaleSaveException(String what, Stamp current) {
        super((current.savedBy() == null ? "Someone else" : current.savedBy()) + " saved " + what + " on "
                + WHEN.format(current.savedAt().atZone(ZoneId.systemDefault())) + ", after you opened it, so your"
                + " changes were not saved. They are still on screen: copy what you need, then Discard changes to see"
                + " theirs.");
        this.current = current;
    }

    /** The record's stamp as it now stands in the database. */
    public Stamp current() {
        return current;
    }
}
