package org.commissioningdesk.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What both runners share: building tasks, telling watchers of each as it starts, starting it, and passing
 * on what was announced.
 */
abstract class TaskRunnerBase implements TaskRunner {

    private final List<Consumer<? super BackgroundTask<?>>> watchers = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public final <T> BackgroundTask.Builder<T> task(String name, Work<T> work) {
        return new BackgroundTask.Builder<>(this, name, work);
    }

    @Override
    public final void watch(Consumer<? super BackgroundTask<?>> started) {
        watchers.add(started);
    }

    @Override
    public final void announce(String report) {
        if (report == null || report.isBlank()) {
            return;
        }
        for (Consumer<String> listener : listeners) {
            if (ui().isCurrent()) {
                listener.accept(report);
            } else {
                ui().execute(() -> listener.accept(report));
            }
        }
    }

    @Override
    public final void listen(Consumer<String> heard) {
        listeners.add(heard);
    }

    final <T> BackgroundTask<T> start(BackgroundTask<T> task) {
        if (!accepting()) {
            task.refuse();
            return task;
        }
        task.begin();
        for (Consumer<? super BackgroundTask<?>> watcher : watchers) {
            watcher.accept(task);
        }
        if (!submit(task)) {
            task.cancel();
        }
        return task;
    }

    /** The thread results are handed back on. */
    abstract UiThread ui();

    /** False once the runner has stopped taking work. */
    abstract boolean accepting();

    /** Queues the task's work (or runs it); false when it could not be queued. */
    abstract boolean submit(BackgroundTask<?> task);
}
