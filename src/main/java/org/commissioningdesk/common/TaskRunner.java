package org.commissioningdesk.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread and hands the result (or the failure) back to it.
 * The application uses {@link BackgroundTaskRunner}; tests of view models swap in
 * {@link SameThreadTaskRunner} so they can assert without waiting.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background, then calls exactly one of the callbacks on the UI thread.
     *
     * @param name a short description, used to name the thread and in error reports
     */
    <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work; running work is allowed to finish. */
    default void shutdown() {
    }
}
