package org.commissioningdesk.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** What both runners share: building tasks, telling watchers of each as it starts, and starting it. */
abstract class TaskRunnerBase implements TaskRunner {

    private final List<Consumer<? super BackgroundTask<?>>> watchers = new CopyOnWriteArrayList<>();

    @Override
    public final <T> BackgroundTask.Builder<T> task(String name, Work<T> work) {
        return new BackgroundTask.Builder<>(this, name, work);
    }

    @Override
    public final void watch(Consumer<? super BackgroundTask<?>> started) {
        watchers.add(started);
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
