package org.commissioningdesk.common;

import java.util.concurrent.Executor;

import javafx.application.Platform;

/** The thread a {@link TaskRunner} hands results back on: the JavaFX thread, or (in tests) the caller's. */
interface UiThread extends Executor {

    /** The JavaFX application thread. */
    UiThread FX = new UiThread() {
        @Override
        public void execute(Runnable action) {
            Platform.runLater(action);
        }

        @Override
        public boolean isCurrent() {
            return Platform.isFxApplicationThread();
        }
    };

    /** Whoever calls: for work that runs at once on the calling thread. */
    UiThread CALLER = new UiThread() {
        @Override
        public void execute(Runnable action) {
            action.run();
        }

        @Override
        public boolean isCurrent() {
            return true;
        }
    };

    /** True when the calling thread is this one. */
    boolean isCurrent();
}
