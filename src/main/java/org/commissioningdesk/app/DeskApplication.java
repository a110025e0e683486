package org.commissioningdesk.app;

import java.util.List;

import javafx.application.Application;
import javafx.stage.Stage;

import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.common.BackgroundTaskRunner;
import org.commissioningdesk.persistence.DatabaseLocation;

/** The JavaFX application: shows the main window first, then opens the database in the background. */
public final class DeskApplication extends Application {

    private BackgroundTaskRunner runner;
    private MainWindowController controller;

    @Override
    public void start(Stage stage) {
        runner = new BackgroundTaskRunner();
        controller = MainWindow.show(stage, runner, Services::open, WindowStateStore.forUser(),
                databaseFrom(getParameters().getRaw()));
    }

    /** The database named by {@code --db PATH} (or {@code --db=PATH}), else the default one. */
    static DatabaseLocation databaseFrom(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return DatabaseLocation.of(args.get(i + 1));
            }
            if (arg.startsWith("--db=")) {
                return DatabaseLocation.of(arg.substring("--db=".length()));
            }
        }
        return DatabaseLocation.of(AppPaths.defaultDatabase());
    }

    @Override
    public void stop() {
        // The window is already gone: closing H2 here cannot freeze anything a person sees.
        if (controller != null) {
            controller.closeDatabase();
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}
