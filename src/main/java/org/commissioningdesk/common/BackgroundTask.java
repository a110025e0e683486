package org.commissioningdesk.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One piece of work handed to a {@link TaskRunner}, as the window sees it: its progress and message, whether
 * it has run long enough to be shown, how it ended, and {@link #cancel()}. Its properties change on the UI
 * thread only. It sets its busy flag as it starts and clears it however it ends, so no callback has to.
 * A cancelled task calls neither its success nor its failure callback.
 */
public final class BackgroundTask<T> {

    /** How long a task runs before the status bar shows its progress and Cancel. */
    public static final Duration SLOW = Duration.ofMillis(500);

    /** Where a task is: running (or waiting its turn), or how it ended. */
    public enum State {
        RUNNING, SUCCEEDED, FAILED, CANCELLED
    }

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);
    private static final int QUEUED = 0;
    private static final int WORKING = 1;
    private static final int FINISHED = 2;

    private final String name;
    private final Work<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private final BooleanProperty busy;
    private final String doneMessage;
    private final String cancelledMessage;
    private final boolean offersCancel;
    private final boolean quiet;
    private final UiThread ui;

    private final AtomicInteger phase = new AtomicInteger(QUEUED);
    private volatile boolean cancelRequested;
    private final AtomicReference<Report> pending = new AtomicReference<>();
    private final TaskProgress reporter = new Reporter();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.RUNNING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message;
    private final ReadOnlyBooleanWrapper slow = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();

    private BackgroundTask(Builder<T> b) {
        this.name = b.name;
        this.work = b.work;
        this.onSuccess = b.onSuccess;
        this.onFailure = b.onFailure;
        this.busy = b.busy;
        this.doneMessage = b.doneMessage;
        this.cancelledMessage = b.cancelledMessage;
        this.offersCancel = b.offersCancel;
        this.quiet = b.quiet;
        this.ui = b.runner.ui();
        this.message = new ReadOnlyStringWrapper(b.message == null ? "" : b.message);
    }

    public String name() {
        return name;
    }

    /** Whether the status bar offers Cancel for it (work that can stop, or whose result can be dropped). */
    public boolean offersCancel() {
        return offersCancel;
    }

    /** Housekeeping the status bar does not show (remembering the window, closing a file). */
    public boolean quiet() {
        return quiet;
    }

    /** What the status bar says once it has succeeded; null when it has nothing to say. */
    public String doneMessage() {
        return doneMessage;
    }

    /** What the status bar says once it has been cancelled. */
    public String cancelledMessage() {
        return cancelledMessage;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    /** How far the work has got, from 0 to 1; -1 while it has not said. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work says it is doing ("" when it has said nothing). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while it is running and has been for {@link #SLOW} or more. */
    public ReadOnlyBooleanProperty slowProperty() {
        return slow.getReadOnlyProperty();
    }

    /** True once Cancel was asked for while the work was under way, until the work stops. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /**
     * Asks the task to stop. Work still waiting its turn never runs, and ends at once; work under way is
     * told through {@link TaskProgress#isCancelled()} and the task ends when it returns. Either way neither
     * callback is called, whatever the work returned. Does nothing to a task that has ended.
     */
    public void cancel() {
        cancelRequested = true;
        boolean waiting = phase.compareAndSet(QUEUED, FINISHED);
        onUi(() -> {
            if (!isRunning()) {
                return;
            }
            if (waiting) {
                end(State.CANCELLED);
            } else {
                cancelling.set(true);
            }
        });
    }

    private void onUi(Runnable action) {
        if (ui.isCurrent()) {
            action.run();
        } else {
            ui.execute(action);
        }
    }

    /** The task starts (on the UI thread): busy goes up. */
    void begin() {
        if (busy != null) {
            busy.set(true);
        }
    }

    /** The task was refused (the runner has stopped): it ends as cancelled without running or showing. */
    void refuse() {
        phase.set(FINISHED);
        cancelRequested = true;
        state.set(State.CANCELLED);
    }

    /** Runs the work on the worker thread (unless it was cancelled while it waited) and sends back the outcome. */
    void runOnWorker() {
        if (!phase.compareAndSet(QUEUED, WORKING)) {
            return;
        }
        T result = null;
        Throwable failure = null;
        try {
            result = work.call(reporter);
        } catch (Throwable t) {
            failure = t;
        }
        phase.set(FINISHED);
        T r = result;
        Throwable f = failure;
        onUi(() -> deliver(r, f));
    }

    /** Shows the task as slow if it is still running (the runner calls this {@link #SLOW} after it started). */
    void markSlow() {
        onUi(() -> {
            if (isRunning()) {
                slow.set(true);
            }
        });
    }

    private void deliver(T result, Throwable failure) {
        if (!isRunning()) {
            return;
        }
        if (cancelRequested || failure instanceof CancellationException) {
            if (failure != null && !(failure instanceof CancellationException)) {
                LOG.debug("Failed after it was cancelled: {}", name, failure);
            }
            end(State.CANCELLED);
            return;
        }
        if (failure != null) {
            LOG.debug("Background work failed: {}", name, failure);
            end(State.FAILED);
            onFailure.accept(failure);
            return;
        }
        end(State.SUCCEEDED);
        onSuccess.accept(result);
    }

    private void end(State how) {
        pending.set(null);
        slow.set(false);
        cancelling.set(false);
        state.set(how);
        if (busy != null) {
            busy.set(false);
        }
    }

    private void applyProgress() {
        Report report = pending.getAndSet(null);
        if (report == null || !isRunning() || cancelRequested) {
            return;
        }
        progress.set(report.total() > 0 ? Math.max(0, Math.min(1, report.done() / report.total())) : -1);
        if (report.message() != null) {
            message.set(report.message());
        }
    }

    @Override
    public String toString() {
        return "BackgroundTask[" + name + ", " + state.get() + "]";
    }

    private record Report(double done, double total, String message) {
    }

    /** The work's side: reports are folded together so the UI thread gets at most one update waiting. */
    private final class Reporter implements TaskProgress {
        @Override
        public void report(double done, double total, String text) {
            if (cancelRequested) {
                return;
            }
            if (pending.getAndSet(new Report(done, total, text)) == null) {
                onUi(BackgroundTask.this::applyProgress);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested;
        }
    }

    /**
     * A task being described before it starts: what to do with its outcome, the flag it keeps busy, and
     * what the status bar says of it. Call {@link #start()} on the UI thread.
     */
    public static final class Builder<T> {
        private final TaskRunnerBase runner;
        private final String name;
        private final Work<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<Throwable> onFailure = Builder::uncaught;
        private BooleanProperty busy;
        private String message;
        private String doneMessage;
        private String cancelledMessage = "Cancelled.";
        private boolean offersCancel = true;
        private boolean quiet;

        Builder(TaskRunnerBase runner, String name, Work<T> work) {
            this.runner = runner;
            this.name = Objects.requireNonNull(name);
            this.work = Objects.requireNonNull(work);
        }

        /** Called on the UI thread with the result. */
        public Builder<T> onSuccess(Consumer<? super T> then) {
            this.onSuccess = Objects.requireNonNull(then);
            return this;
        }

        /**
         * Called on the UI thread with what the work threw. Without one, a failure is an uncaught exception
         * of the UI thread (logged, and told to the person), so none goes unseen.
         */
        public Builder<T> onFailure(Consumer<Throwable> then) {
            this.onFailure = Objects.requireNonNull(then);
            return this;
        }

        /** Set true as the task starts and false however it ends (success, failure or Cancel). */
        public Builder<T> busy(BooleanProperty flag) {
            this.busy = flag;
            return this;
        }

        /** What the status bar says while it runs (the work's own reports replace it). */
        public Builder<T> message(String text) {
            this.message = text;
            return this;
        }

        /** What the status bar says when it has succeeded. */
        public Builder<T> done(String text) {
            this.doneMessage = text;
            return this;
        }

        /** What the status bar says when it was cancelled (else "Cancelled."). */
        public Builder<T> whenCancelled(String text) {
            this.cancelledMessage = Objects.requireNonNull(text);
            return this;
        }

        /**
         * Work that must not be abandoned half-way (opening or creating a database): the status bar shows
         * its progress without Cancel.
         */
        public Builder<T> notCancellable() {
            this.offersCancel = false;
            return this;
        }

        /** Housekeeping the status bar does not show. */
        public Builder<T> quiet() {
            this.quiet = true;
            return this;
        }

        /** Starts the task (call on the UI thread). */
        public BackgroundTask<T> start() {
            return runner.start(new BackgroundTask<>(this));
        }

        private static void uncaught(Throwable failure) {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
        }
    }
}
