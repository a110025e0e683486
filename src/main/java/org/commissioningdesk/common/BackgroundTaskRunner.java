package org.commissioningdesk.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link TaskRunner}: one named daemon thread, so work runs in the order it was
 * asked for (a save, then the reload that shows it; the last write, then closing the database).
 * Results and failures are delivered on the JavaFX application thread with {@link Platform#runLater}.
 */
public final class BackgroundTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);

    private final ExecutorService executor;

    public BackgroundTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "desk-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught in {}", t.getName(), e));
            return thread;
        });
    }

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The application is stopping: nothing new starts.
            LOG.debug("Not started, the application is stopping: {}", name);
            return;
        }
        executor.execute(() -> {
            String original = Thread.currentThread().getName();
            Thread.currentThread().setName(original + " [" + name + "]");
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable failure) {
                LOG.debug("Background work failed: {}", name, failure);
                Platform.runLater(() -> onFailure.accept(failure));
            } finally {
                Thread.currentThread().setName(original);
            }
        });
    }

    @Override
    public void shutdown() {
        executor.shutdown();
    }
}
