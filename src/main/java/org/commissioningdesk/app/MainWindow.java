package org.commissioningdesk.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.ViewLoader;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.ServerAddress;

/** Builds and shows the main window on a stage, then starts opening the database. */
final class MainWindow {

    static final String TITLE = "Commissioning Desk";

    private MainWindow() {
    }

    static MainWindowController show(Stage stage, TaskRunner runner, ServicesOpener opener, FilePicker picker,
                                     WindowStateStore windowState, DatabaseLocation location) {
        return show(stage, runner, opener, picker, windowState, controller -> controller.openDatabase(location));
    }

    /** Shows the window, then opens the shared database {@code server} in it. */
    static MainWindowController show(Stage stage, TaskRunner runner, ServicesOpener opener, FilePicker picker,
                                     WindowStateStore windowState, ServerAddress server) {
        return show(stage, runner, opener, picker, windowState, controller -> controller.openSharedDatabase(server));
    }

    /**
     * The window's icon in the sizes a desktop asks for (title bar, task switcher, dock), drawn from the same
     * picture as the installers' icons; loaded in the background so the window does not wait for them.
     */
    private static List<Image> icons() {
        return Stream.of(16, 32, 48, 64, 128, 256)
                .map(size -> new Image(MainWindow.class.getResource("icons/commissioning-desk-" + size + ".png")
                        .toExternalForm(), true))
                .toList();
    }

    private static MainWindowController show(Stage stage, TaskRunner runner, ServicesOpener opener, FilePicker picker,
                                             WindowStateStore windowState,
                                             Consumer<MainWindowController> open) {
        ViewLoader shell = new ViewLoader().register(MainWindowController.class,
                () -> new MainWindowController(runner, opener, picker));
        ViewLoader.View<MainWindowController> view = shell.load(MainWindowController.class, "MainWindow.fxml");
        MainWindowController controller = view.controller();
        stage.setTitle(TITLE);
        stage.setScene(new Scene(view.root(), WindowStateStore.DEFAULT_WIDTH, WindowStateStore.DEFAULT_HEIGHT));
        org.commissioningdesk.common.FocusScroll.install(stage.getScene());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        windowState.restore(stage);
        stage.setOnCloseRequest(event -> {
            if (!controller.leaveCurrentScreen(stage::close)) {
                event.consume();
            }
        });
        // Saved however the window goes: its close box, File > Exit, Ctrl+Q.
        stage.setOnHiding(event -> {
            windowState.save(stage);
            runner.task("remember the window", progress -> {
                windowState.flush();
                return Boolean.TRUE;
            }).quiet().onFailure(failure -> { }).start();
        });
        stage.show();
        StartupTrace.mark("window-shown");
        // Given once the window is up, as a desktop takes an icon at any time: the window does not wait for it.
        stage.getIcons().setAll(icons());
        open.accept(controller);
        return controller;
    }
}
