package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.commissioningdesk.common.LogFolder;

/** Faults nobody caught: logged, and told once, plainly, with the detail a click away on the clipboard. */
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresTest {

    private Stage stage;
    private UncaughtFailures handler;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new Label("The window"), 400, 200));
        stage.show();
        handler = new UncaughtFailures(() -> stage, () -> "9.9-test");
    }

    private static List<DialogPane> dialogsShowing(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(DeskWindowFixture::showing).toList();
    }

    /** A fault thrown from a real call, so it has a stack trace through this class. */
    private static IllegalStateException fault(String message) {
        try {
            throw new IllegalStateException(message);
        } catch (IllegalStateException e) {
            return e;
        }
    }

    @Test
    void twoFaultsAtOnceShowOneDialogThatSaysWhereTheLogIsButNotTheFault(FxRobot robot) throws Exception {
        IllegalStateException first = fault("Row 7 of table PRIORITY has no owner");
        Thread worker = new Thread(() -> handler.uncaughtException(Thread.currentThread(), first), "desk-worker-9");
        worker.start();
        worker.join(10_000);
        robot.interact(() -> handler.uncaughtException(Thread.currentThread(), fault("SELECT * FROM PRIORITY failed")));

        DialogPane dialog = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogsShowing(robot)).hasSize(1);
        assertThat(dialog.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(dialog.getContentText()).contains("in the background").contains(LogFolder.shown())
                .doesNotContain("IllegalStateException").doesNotContain("Row 7").doesNotContain("SELECT")
                .doesNotContain("\tat ").doesNotContain("desk-worker");

        // Copy details puts the technical detail on the clipboard, and the dialog stays for Close.
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#copyButton");
        String copied = WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).contains("Commissioning Desk 9.9-test").contains("Thread: desk-worker-9")
                .contains("java.lang.IllegalStateException: Row 7 of table PRIORITY has no owner")
                .contains("\tat " + UncaughtFailuresTest.class.getName() + ".fault(");
        assertThat(dialogsShowing(robot)).hasSize(1);

        DeskWindowFixture.clickDialogButton(robot, "Close");
        assertThat(dialogsShowing(robot)).isEmpty();

        // Once it is closed, the next fault is told again: faults are not silenced for good.
        robot.interact(() -> handler.uncaughtException(Thread.currentThread(), fault("later")));
        DialogPane again = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(again.getContentText()).contains("in the window");
        DeskWindowFixture.clickDialogButton(robot, "Close");
    }
}
