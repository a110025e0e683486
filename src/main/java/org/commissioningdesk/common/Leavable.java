package org.commissioningdesk.common;

/** A screen that may hold unsaved edits and so can ask to stay when the person moves away. */
public interface Leavable {

    /** Asks the person if needed; true means stay on this screen (nothing is lost). */
    boolean vetoLeaving();
}
