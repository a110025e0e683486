package org.commissioningdesk.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link TaskRunner}: one named daemon thread, so work runs in the order it was
 * asked for (a save, then the reload that shows it; the last write, then closing the database).
 * Results, failures and progress are delivered on the JavaFX application thread.
 */
public final class BackgroundTaskRunner extends TaskRunnerBase {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final ExecutorService executor;
    private final UiThread ui;
    private final BiConsumer<Duration, Runnable> later;

    public BackgroundTaskRunner() {
        this(UiThread.FX, (delay, action) -> CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                .execute(action));
    }

    /** A runner handing back on {@code ui}, and timing {@link BackgroundTask#SLOW} with {@code later}: for tests. */
    BackgroundTaskRunner(UiThread ui, BiConsumer<Duration, Runnable> later) {
        this.ui = ui;
        this.later = later;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "desk-worker-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            // The application's handler (which logs and tells the person), else the log alone.
            thread.setUncaughtExceptionHandler((t, e) -> {
                Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
                if (handler != null) {
                    handler.uncaughtException(t, e);
                } else {
                    LOG.error("Uncaught in {}", t.getName(), e);
                }
            });
            return thread;
        });
    }

    @Override
    UiThread ui() {
        return ui;
    }

    @Override
    boolean accepting() {
        if (executor.isShutdown()) {
            // The application is stopping: nothing new starts.
            LOG.debug("Not started, the application is stopping");
            return false;
        }
        return true;
    }

    @Override
    boolean submit(BackgroundTask<?> task) {
        try {
            executor.execute(() -> {
                String original = Thread.currentThread().getName();
                Thread.currentThread().setName(original + " [" + task.name() + "]");
                try {
                    task.runOnWorker();
                } finally {
                    Thread.currentThread().setName(original);
                }
            });
        } catch (RejectedExecutionException stopping) {
            return false;
        }
        later.accept(BackgroundTask.SLOW, task::markSlow);
        return true;
    }

    @Override
    public void shutdown() {
        executor.shutdown();
    }
}
