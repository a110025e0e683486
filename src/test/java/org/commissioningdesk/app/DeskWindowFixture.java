package org.commissioningdesk.app;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.commissioningdesk.common.BackgroundTaskRunner;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.testing.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a test database, with its own throwaway window preferences. */
final class DeskWindowFixture {

    private final Preferences prefs = Preferences.userRoot().node("org/commissioningdesk/test-" + UUID.randomUUID());
    private BackgroundTaskRunner runner;
    MainWindowController controller;

    void start(Stage stage, DatabaseLocation location) {
        runner = new BackgroundTaskRunner();
        controller = MainWindow.show(stage, runner,
                loc -> Services.open(loc, TestDatabases.USER, TestDatabases.CLOCK), new WindowStateStore(prefs), location);
    }

    static DatabaseLocation location(Path folder) {
        return TestDatabases.location(folder);
    }

    /** Waits until the database is open and the rail can be used. */
    static void waitUntilReady(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#rail").queryAs(ListView.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    void stop() throws BackingStoreException {
        if (controller != null) {
            javafx.application.Platform.runLater(controller::closeDatabase);
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (runner != null) {
            runner.shutdown();
        }
        prefs.removeNode();
    }
}
