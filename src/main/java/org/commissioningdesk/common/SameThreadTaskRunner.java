package org.commissioningdesk.common;

/**
 * A {@link TaskRunner} that runs work at once on the calling thread, callbacks included: for tests of view
 * models and the command line. Its tasks have ended by the time {@code start()} returns, so none is ever slow.
 */
public final class SameThreadTaskRunner extends TaskRunnerBase {

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
        task.runOnWorker();
        return true;
    }
}
