package org.commissioningdesk.common;

/** A screen that may hold unsaved edits and so can ask to stay when the person moves away. */
public interface Leavable {

    /**
     * Asks the person if needed; true means stay on this screen for now (nothing is lost). If they
     * chose to save first, {@code thenLeave} is run once the save has gone through, to leave as asked.
     */
    boolean vetoLeaving(Runnable thenLeave);
}
