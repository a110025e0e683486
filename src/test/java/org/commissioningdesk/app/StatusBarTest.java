package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.commissioningdesk.common.BackgroundTask;
import org.commissioningdesk.common.BackgroundTaskRunner;

/** The status bar over a real background runner: what it says of each task, and its progress area. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    private Label label;
    private ProgressBar bar;
    private Button cancel;
    private HBox area;
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private final List<Object> delivered = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        // A stage of its own: the primary stage may still carry the main window's handlers from another test.
        Stage stage = new Stage();
        label = new Label("Ready. Loaded the starter pack.");
        bar = new ProgressBar();
        cancel = new Button("Cancel");
        area = new HBox(bar, cancel);
        StatusBar status = new StatusBar(label, area, bar, cancel);
        status.watch(runner);
        // At the foot of the window, as in the main window: the bar is as tall as it asks to be.
        javafx.scene.layout.BorderPane window = new javafx.scene.layout.BorderPane();
        window.setBottom(new HBox(label, area));
        stage.setScene(new Scene(window, 600, 120));
        stage.show();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
    }

    /** Work that says how far it has got, then goes on until it is cancelled or let go. */
    private BackgroundTask<String> startLongTask(FxRobot robot, CountDownLatch letGo, CountDownLatch stopped,
                                                 boolean cancellable) throws Exception {
        return onFx(() -> {
            BackgroundTask.Builder<String> builder = runner.task("read the register", progress -> {
                progress.report(1, 4, "Reading the register");
                while (!progress.isCancelled() && !letGo.await(10, TimeUnit.MILLISECONDS)) {
                    // working
                }
                stopped.countDown();
                return "read";
            }).onSuccess(delivered::add).onFailure(delivered::add);
            return (cancellable ? builder : builder.notCancellable()).start();
        });
    }

    @Test
    void slowWorkShowsItsProgressAndCancelStopsIt(FxRobot robot) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        javafx.scene.layout.Region row = (javafx.scene.layout.Region) area.getParent();
        double height = onFx(row::getHeight);
        BackgroundTask<String> task = startLongTask(robot, new CountDownLatch(1), stopped, true);

        waitFor(() -> onFx(() -> area.isVisible() && cancel.isVisible() && bar.getProgress() == 0.25 && area.getHeight() > 0));
        assertThat(label.getText()).isEqualTo("Reading the register");
        // The bar was already as tall as its progress area: nothing above it moved.
        assertThat(onFx(row::getHeight)).isEqualTo(height).isGreaterThanOrEqualTo(onFx(() -> area.getHeight()));
        robot.clickOn(cancel);

        waitFor(() -> !area.isVisible() && "Cancelled.".equals(label.getText()));
        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(task.state()).isEqualTo(BackgroundTask.State.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).isEmpty();
    }

    @Test
    void workThatMustNotBeAbandonedShowsNoCancel(FxRobot robot) throws Exception {
        CountDownLatch letGo = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        BackgroundTask<String> task = startLongTask(robot, letGo, stopped, false);
        // Both read at once on the FX thread, as the person sees them.
        waitFor(() -> onFx(area::isVisible));
        assertThat(onFx(cancel::isVisible)).isFalse();
        letGo.countDown();
        waitFor(() -> !task.isRunning() && !area.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        // It had nothing to say of how it went: the message before it is back.
        assertThat(label.getText()).isEqualTo("Ready. Loaded the starter pack.");
        assertThat(delivered).containsExactly("read");
    }

    @Test
    void theLastActionsMessageReplacesTheOneBefore(FxRobot robot) throws Exception {
        BackgroundTask<String> quiet = onFx(() -> runner.task("organisation details", p -> "x")
                .onSuccess(delivered::add).start());
        waitFor(() -> !quiet.isRunning());
        // Quick work with nothing to say leaves the message alone.
        assertThat(label.getText()).isEqualTo("Ready. Loaded the starter pack.");

        BackgroundTask<String> export = onFx(() -> runner.task("export", p -> "x")
                .message("Exporting orgs.xlsx…").done("Exported orgs.xlsx.").onSuccess(delivered::add).start());
        waitFor(() -> !export.isRunning());
        assertThat(label.getText()).isEqualTo("Exported orgs.xlsx.");
        assertThat(area.isVisible()).isFalse();
    }

    @Test
    void aReportAnnouncedOnceTheResultIsInIsTheLastWordHoweverQuickTheWork(FxRobot robot) throws Exception {
        // A quick save: what it did is known only from its result, and is announced on the runner then.
        BackgroundTask<String> save = onFx(() -> runner.task("save specification", p -> "Camden cardiology v1")
                .onSuccess(saved -> runner.announce("Saved " + saved + ".")).start());
        waitFor(() -> !save.isRunning() && "Saved Camden cardiology v1.".equals(label.getText()));
        assertThat(area.isVisible()).isFalse();

        // Slow work that has nothing to say of how it went gives the label back to that report, not an older one.
        CountDownLatch letGo = new CountDownLatch(1);
        BackgroundTask<String> slow = startLongTask(robot, letGo, new CountDownLatch(1), true);
        waitFor(() -> area.isVisible() && "Reading the register".equals(label.getText()));
        letGo.countDown();
        waitFor(() -> !slow.isRunning() && !area.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label.getText()).isEqualTo("Saved Camden cardiology v1.");
    }
}
