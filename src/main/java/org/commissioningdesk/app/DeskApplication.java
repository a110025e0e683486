package org.commissioningdesk.app;

import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.common.BackgroundTaskRunner;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.ServerAddress;

/** The JavaFX application: shows the main window first, then opens the database in the background. */
public final class DeskApplication extends Application {

    private BackgroundTaskRunner runner;
    private MainWindowController controller;

    @Override
    public void start(Stage stage) {
        runner = new BackgroundTaskRunner();
        // The application ends when the database is closed, not the moment the window goes.
        Platform.setImplicitExit(false);
        String named = databaseArgument(getParameters().getRaw());
        controller = named != null && ServerAddress.looksLikeOne(named)
                ? MainWindow.show(stage, runner, Services.opener(), FilePicker.system(getHostServices()),
                        WindowStateStore.forUser(), ServerAddress.parse(named))
                : MainWindow.show(stage, runner, Services.opener(), FilePicker.system(getHostServices()),
                        WindowStateStore.forUser(), databaseFrom(getParameters().getRaw()));
        // Faults nobody caught are logged and told once, plainly (the Launcher's handler only logged them).
        new UncaughtFailures(() -> stage, AppVersion::get).install();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> controller.closeDatabase(Platform::exit));
    }

    /** What {@code --db PATH} (or {@code --db=PATH}) names, as written; null when it is not given. */
    static String databaseArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith("--db=")) {
                return arg.substring("--db=".length());
            }
        }
        return null;
    }

    /**
     * The database file named by {@code --db PATH}, else the default one; a shared database's address is checked
     * as one (and its file is the default, unused).
     *
     * @throws org.commissioningdesk.persistence.DatabaseOpenException when what is named cannot be a database
     */
    static DatabaseLocation databaseFrom(List<String> args) {
        String named = databaseArgument(args);
        if (named != null && ServerAddress.looksLikeOne(named)) {
            ServerAddress.parse(named);
            return DatabaseLocation.of(AppPaths.defaultDatabase());
        }
        return DatabaseLocation.of(named != null ? named : AppPaths.defaultDatabase().toString());
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.shutdown();
        }
        if (controller != null) {
            // Normally already done by the close that ends the application; this only catches the rest.
            controller.closeAllNow();
        }
    }
}
