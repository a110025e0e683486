package org.commissioningdesk.common;

import java.util.concurrent.CancellationException;

/**
 * What background work is handed so it can say how far it has got and learn that the person pressed
 * Cancel. Reports may come as often as the work likes: the window shows only the latest. Work that can
 * stop part-way should ask {@link #isCancelled()} (or call {@link #checkCancelled()}) between steps;
 * nothing interrupts its thread, as an interrupt would close the database's file under it.
 */
public interface TaskProgress {

    /** Reports nothing and is never cancelled. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void report(double done, double total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * {@code done} of {@code total} steps are done (a total of 0 or less: how far is not known), and
     * what the work is doing now, in a few words a person reads (null keeps the message as it was).
     */
    void report(double done, double total, String message);

    /** Whether the person (or the window closing) asked the work to stop. */
    boolean isCancelled();

    /** Stops the work with {@link CancellationException} if it was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled");
        }
    }
}
