package org.commissioningdesk.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because the record was saved by someone else (or in another window) after this edit began:
 * nothing was written, and the edits are still the person's to keep. Says who saved it and when, in this
 * computer's time, and what they changed, so the person knows what to carry over.
 */
public final class StaleSaveException extends RuleViolationException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm");

    private final Stamp current;
    private final String theirChanges;

    /** @param what the record in words: "this prospectus" */
    public StaleSaveException(String what, Stamp current) {
        this(what, current, null);
    }

    /**
     * @param what         the record in words: "this prospectus"
     * @param theirChanges what was changed since the edit began, in sentences ("Changed the title from “A” to
     *                     “B”."), or null when that is not known
     */
    public StaleSaveException(String what, Stamp current, String theirChanges) {
        super((current.savedBy() == null ? "Someone else" : current.savedBy()) + " saved " + what + " on "
                + WHEN.format(current.savedAt().atZone(ZoneId.systemDefault())) + ", after you opened it, so your"
                + " changes were not saved."
                + (theirChanges == null ? "" : " What they changed: " + theirChanges)
                + " Yours are still on screen: copy what you need, then Discard changes to see theirs.");
        this.current = current;
        this.theirChanges = theirChanges;
    }

    /** The record's stamp as it now stands in the database. */
    public Stamp current() {
        return current;
    }

    /** What was changed since the edit began, in sentences, or null when that is not known. */
    public String theirChanges() {
        return theirChanges;
    }
}
