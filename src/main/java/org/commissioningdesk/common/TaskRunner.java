package org.commissioningdesk.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread, in the order it was asked for, and hands the result (or the
 * failure) back to it. Each piece of work is a {@link BackgroundTask}: it reports progress and a message,
 * can be cancelled, and sets a busy flag while it runs. The application uses {@link BackgroundTaskRunner};
 * tests of view models swap in {@link SameThreadTaskRunner} so they can assert without waiting.
 */
public interface TaskRunner {

    /**
     * A task to be started with {@link BackgroundTask.Builder#start()}, after saying what to do with its
     * result, what flag it keeps busy and what the status bar says of it.
     *
     * @param name a short description of what the work does ("save prospectus"): names the thread, goes in
     *             the log, and is shown while the work takes long if the task gives no message of its own
     */
    <T> BackgroundTask.Builder<T> task(String name, Work<T> work);

    /**
     * Runs {@code work} in the background, then calls one of the callbacks on the UI thread: onSuccess with
     * its result, or onFailure with what it threw. A task cancelled first calls neither.
     */
    default <T> BackgroundTask<T> run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                      Consumer<Throwable> onFailure) {
        return task(name, progress -> work.call()).onSuccess(onSuccess).onFailure(onFailure).start();
    }

    /** As {@link #run(String, Callable, Consumer, Consumer)}, for work that reports progress and can stop. */
    default <T> BackgroundTask<T> run(String name, Work<T> work, Consumer<? super T> onSuccess,
                                      Consumer<Throwable> onFailure) {
        return task(name, work).onSuccess(onSuccess).onFailure(onFailure).start();
    }

    /** Calls {@code started} (on the UI thread) with each task as it starts: the status bar shows them. */
    void watch(Consumer<? super BackgroundTask<?>> started);

    /**
     * Tells whoever listens to this runner (the status bar) what an action the person took has just done,
     * in a short sentence ("Saved Camden PCT's prospectus."). Work whose report is known before it starts
     * says it with {@link BackgroundTask.Builder#done(String)}; this is for a report that is only known
     * once the result is in. Blank reports are ignored.
     */
    void announce(String report);

    /** Calls {@code heard} (on the UI thread) with each report {@link #announce announced} from now on. */
    void listen(Consumer<String> heard);

    /** Stops accepting work; running work is allowed to finish. A task started after this never runs. */
    default void shutdown() {
    }
}
