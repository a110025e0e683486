package org.commissioningdesk.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A task runner for tests that holds each piece of work until the test releases it, in any order, and
 * then runs it and its callbacks on the test's thread: for answers that arrive late or out of order.
 */
public final class HeldTaskRunner extends TaskRunnerBase {

    private final List<BackgroundTask<?>> held = new ArrayList<>();

    @Override
    UiThread ui() {
        return UiThread.CALLER;
    }

    @Override
    boolean accepting() {
        return true;
    }

    @Override
    boolean submit(BackgroundTask<?> task) {
        held.add(task);
        return true;
    }

    /** Runs the work asked for {@code index}th (from 0), with its callbacks. */
    public void release(int index) {
        held.get(index).runOnWorker();
    }

    /** How many pieces of work have been asked for. */
    public int asked() {
        return held.size();
    }
}
