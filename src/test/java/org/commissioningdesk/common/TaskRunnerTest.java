package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import javafx.beans.property.SimpleBooleanProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The background runner on its real worker thread, handing back to a stand-in UI thread that the test
 * itself pumps, and timing "slow" with a clock the test holds: nothing here waits on wall-clock time.
 */
class TaskRunnerTest {

    /** The UI thread: this test's thread, running what was handed back when the test pumps it. */
    private final Thread uiThread = Thread.currentThread();
    private final LinkedBlockingQueue<Runnable> handedBack = new LinkedBlockingQueue<>();
    private final UiThread ui = new UiThread() {
        @Override
        public void execute(Runnable action) {
            handedBack.add(action);
        }

        @Override
        public boolean isCurrent() {
            return Thread.currentThread() == uiThread;
        }
    };
    /** The "after half a second" timers the runner set, fired only when the test says. */
    private final List<Runnable> timers = new CopyOnWriteArrayList<>();
    private final List<Duration> delays = new CopyOnWriteArrayList<>();
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner(ui, (delay, action) -> {
        delays.add(delay);
        timers.add(action);
    });

    private final List<Object> successes = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    /** Runs what is handed back until {@code condition} holds (10 s at most). */
    private void pumpUntil(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            Runnable next = handedBack.poll(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new TimeoutException("Still waiting after 10 s");
            }
            next.run();
        }
    }

    /** Runs whatever has been handed back so far. */
    private void pumpPending() {
        for (Runnable next; (next = handedBack.poll()) != null; ) {
            next.run();
        }
    }

    private void fireTimers() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the work go on");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void progressAndMessagesReachTheUiThreadThenTheResult() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        List<Thread> callbackThreads = new ArrayList<>();
        BackgroundTask<String> task = runner.run("count", progress -> {
            progress.report(1, 4, "First quarter");
            progress.report(2, 4, "Halfway");
            reported.countDown();
            await(finish);
            return "done";
        }, result -> {
            callbackThreads.add(Thread.currentThread());
            successes.add(result);
        }, failures::add);

        await(reported);
        pumpUntil(() -> task.progressProperty().get() == 0.5);
        assertThat(task.messageProperty().get()).isEqualTo("Halfway");
        assertThat(task.isRunning()).isTrue();
        assertThat(successes).isEmpty();

        finish.countDown();
        pumpUntil(() -> !task.isRunning());
        assertThat(task.state()).isEqualTo(BackgroundTask.State.SUCCEEDED);
        assertThat(successes).containsExactly("done");
        assertThat(failures).isEmpty();
        assertThat(callbackThreads).containsExactly(uiThread);
    }

    @Test
    void cancelStopsTheWorkAndEverythingItWouldHaveDelivered() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        BackgroundTask<String> task = runner.task("long", progress -> {
            progress.report(1, 10, "Step 1");
            started.countDown();
            await(cancelled);
            // Reports after Cancel go nowhere, and the work learns it should stop.
            progress.report(9, 10, "Step 9");
            sawCancel.set(progress.isCancelled());
            return "finished anyway";
        }).busy(busy).onSuccess(successes::add).onFailure(failures::add).start();
        // Work queued behind it that is cancelled before its turn never runs at all.
        AtomicBoolean queuedRan = new AtomicBoolean();
        BackgroundTask<Boolean> queued = runner.run("queued", () -> {
            queuedRan.set(true);
            return true;
        }, successes::add, failures::add);

        await(started);
        pumpUntil(() -> "Step 1".equals(task.messageProperty().get()));
        task.cancel();
        queued.cancel();
        assertThat(queued.state()).isEqualTo(BackgroundTask.State.CANCELLED);
        assertThat(task.cancellingProperty().get()).isTrue();
        assertThat(busy.get()).as("busy until the work has really stopped").isTrue();
        cancelled.countDown();

        pumpUntil(() -> !task.isRunning());
        assertThat(task.state()).isEqualTo(BackgroundTask.State.CANCELLED);
        assertThat(sawCancel).isTrue();
        assertThat(task.messageProperty().get()).isEqualTo("Step 1");
        assertThat(task.progressProperty().get()).isEqualTo(0.1);
        assertThat(busy.get()).isFalse();

        // Whatever is still to come from the worker changes nothing.
        CountDownLatch drained = new CountDownLatch(1);
        runner.task("last", progress -> true).quiet().onSuccess(ok -> drained.countDown()).start();
        pumpUntil(() -> drained.getCount() == 0);
        assertThat(queuedRan).isFalse();
        assertThat(successes).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void aFailureIsHandedBackAsItWasThrown() throws Exception {
        IOException disk = new IOException("disk full");
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        BackgroundTask<Object> task = runner.task("write", progress -> {
            throw disk;
        }).busy(busy).onSuccess(successes::add).onFailure(failures::add).start();
        assertThat(busy.get()).isTrue();

        pumpUntil(() -> !task.isRunning());
        assertThat(task.state()).isEqualTo(BackgroundTask.State.FAILED);
        assertThat(failures).containsExactly(disk);
        assertThat(successes).isEmpty();
        assertThat(busy.get()).isFalse();
    }

    @Test
    void busyIsSetAsTheTaskStartsAndClearedWhenItSucceeds() throws Exception {
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        List<Boolean> busyInCallback = new ArrayList<>();
        CountDownLatch finish = new CountDownLatch(1);
        BackgroundTask<Integer> task = runner.task("load", progress -> {
            await(finish);
            return 42;
        }).busy(busy).onSuccess(n -> busyInCallback.add(busy.get())).start();
        assertThat(busy.get()).isTrue();
        finish.countDown();
        pumpUntil(() -> !task.isRunning());
        assertThat(busy.get()).isFalse();
        // The callback may start the next piece of work: busy is already down when it runs.
        assertThat(busyInCallback).containsExactly(false);
    }

    @Test
    void aTaskDoneWithinHalfASecondIsNeverShownAsSlow() throws Exception {
        List<Boolean> slowSeen = new ArrayList<>();
        BackgroundTask<String> quick = runner.run("quick", () -> "ok", successes::add, failures::add);
        quick.slowProperty().addListener((obs, was, now) -> slowSeen.add(now));
        pumpUntil(() -> !quick.isRunning());
        assertThat(delays).containsExactly(Duration.ofMillis(500));
        // Half a second passes after it has finished.
        fireTimers();
        pumpPending();
        assertThat(slowSeen).isEmpty();
        assertThat(quick.slowProperty().get()).isFalse();
    }

    @Test
    void aTaskStillRunningAfterHalfASecondIsShownUntilItEnds() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        BackgroundTask<String> slow = runner.run("slow", () -> {
            await(finish);
            return "ok";
        }, successes::add, failures::add);
        pumpPending();
        assertThat(slow.slowProperty().get()).isFalse();
        fireTimers();
        pumpUntil(() -> slow.slowProperty().get());
        finish.countDown();
        pumpUntil(() -> !slow.isRunning());
        assertThat(slow.slowProperty().get()).isFalse();
        assertThat(successes).containsExactly("ok");
    }

    @Test
    void workRunsInTheOrderItWasAskedForOnOneThread() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch saveMayFinish = new CountDownLatch(1);
        runner.run("save", () -> {
            threads.add(Thread.currentThread());
            await(saveMayFinish);
            order.add("saved");
            return true;
        }, ok -> { }, failures::add);
        BackgroundTask<Boolean> reload = runner.run("reload", () -> {
            threads.add(Thread.currentThread());
            order.add("reloaded");
            return true;
        }, ok -> { }, failures::add);
        saveMayFinish.countDown();
        pumpUntil(() -> !reload.isRunning());
        assertThat(order).containsExactly("saved", "reloaded");
        assertThat(threads).hasSize(2).doesNotContain(uiThread);
        assertThat(threads.get(0)).isSameAs(threads.get(1));
    }

    @Test
    void theSameThreadRunnerDoesTheSameAtOnce() {
        SameThreadTaskRunner same = new SameThreadTaskRunner();
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        List<Boolean> busyDuringWork = new ArrayList<>();
        BackgroundTask<String> task = same.task("now", progress -> {
            busyDuringWork.add(busy.get());
            progress.report(3, 4, "Nearly");
            return "done";
        }).busy(busy).onSuccess(successes::add).onFailure(failures::add).start();
        assertThat(busyDuringWork).containsExactly(true);
        assertThat(task.state()).isEqualTo(BackgroundTask.State.SUCCEEDED);
        assertThat(task.messageProperty().get()).isEqualTo("Nearly");
        assertThat(busy.get()).isFalse();
        assertThat(successes).containsExactly("done");

        IllegalStateException broken = new IllegalStateException("broken");
        same.run("fails", () -> {
            throw broken;
        }, successes::add, failures::add);
        assertThat(failures).containsExactly(broken);
    }

    @Test
    void watchersSeeEachTaskAsItStarts() throws Exception {
        List<String> seen = new ArrayList<>();
        runner.watch(task -> seen.add(task.name() + (task.isRunning() ? " running" : " ended")));
        BackgroundTask<Boolean> task = runner.run("first", () -> true, ok -> { }, failures::add);
        assertThat(seen).containsExactly("first running");
        pumpUntil(() -> !task.isRunning());

        runner.shutdown();
        BackgroundTask<Boolean> late = runner.run("too late", () -> true, successes::add, failures::add);
        assertThat(late.state()).isEqualTo(BackgroundTask.State.CANCELLED);
        assertThat(seen).containsExactly("first running");
        assertThat(successes).isEmpty();
    }
}
