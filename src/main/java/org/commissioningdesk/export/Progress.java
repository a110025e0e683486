package org.commissioningdesk.export;

import java.util.concurrent.CancellationException;

/**
 * How an export reports how far it has got and learns that the person pressed Cancel. Exports call
 * {@link #step} between pieces of work; once cancelled, the next call throws
 * {@link CancellationException} and the half-written file is thrown away.
 */
public interface Progress {

    /** Reports nothing and is never cancelled: for the command line and tests. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** How far the work has got, from 0 to 1, and what it is doing, in a few words. */
    void report(double fraction, String message);

    /** Whether the person asked to stop. */
    boolean cancelled();

    /** Reports, after stopping the work if it was cancelled. */
    default void step(double fraction, String message) {
        if (cancelled()) {
            throw new CancellationException("The export was cancelled");
        }
        report(fraction, message);
    }
}
