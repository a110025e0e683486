package org.commissioningdesk.app;

import java.io.File;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.DisplayPaths;
import org.commissioningdesk.common.Leavable;
import org.commissioningdesk.common.Refreshable;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.ViewLoader;
import org.commissioningdesk.dashboard.DashboardController;
import org.commissioningdesk.organisation.OrganisationsController;
import org.commissioningdesk.prospectus.ProspectusesController;
import org.commissioningdesk.specification.SpecificationsController;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.DatabaseLocation;

/**
 * The main window: menu bar, navigation rail, the current screen and a status bar naming the open
 * database. The window shows at once; the database opens in the background, and the screens are
 * built over it when it is ready.
 */
public final class MainWindowController {

    private final TaskRunner runner;
    private final Function<DatabaseLocation, Services> opener;

    @FXML private BorderPane root;
    @FXML private Menu goMenu;
    @FXML private ListView<Screen> rail;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label databaseLabel;
    @FXML private ProgressIndicator busyIndicator;

    private Services services;
    /**
     * Every database this window has opened and not yet closed, kept by the worker thread. The
     * runner is one ordered thread, so a close queued after an open always sees what it opened.
     */
    private final Set<Services> openOnWorker = ConcurrentHashMap.newKeySet();
    /** Set once the application is quitting: late results are then closed, never shown. */
    private volatile boolean closing;
    private final Map<Screen, ViewLoader.View<?>> views = new EnumMap<>(Screen.class);
    private Screen shown;
    private boolean revertingRail;

    MainWindowController(TaskRunner runner, Function<DatabaseLocation, Services> opener) {
        this.runner = runner;
        this.opener = opener;
    }

    @FXML
    private void initialize() {
        rail.getItems().setAll(Screen.values());
        rail.setDisable(true);
        rail.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> onRailChanged(was, now));
        int n = 1;
        for (Screen screen : Screen.values()) {
            MenuItem item = new MenuItem(screen.title());
            item.setId("go-" + screen.name().toLowerCase());
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n++)), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> rail.getSelectionModel().select(screen));
            item.disableProperty().bind(rail.disableProperty());
            goMenu.getItems().add(item);
        }
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
    }

    /**
     * Opens {@code location} in the background. The database already open stays open, with its
     * screens, until the new one has opened: a file that cannot be opened leaves the person where
     * they were.
     */
    public void openDatabase(DatabaseLocation location) {
        openDatabase(location, false);
    }

    private void openDatabase(DatabaseLocation location, boolean mustBeNew) {
        if (!leaveCurrentScreen()) {
            return;
        }
        rail.setDisable(true);
        busy("Opening " + location.file().getFileName() + "…");
        runner.run("open database", () -> {
            if (closing) {
                return null;
            }
            if (mustBeNew && Files.exists(location.file())) {
                throw new RuleViolationException(location.file() + " already exists. Use File > Open database… to"
                        + " open it, or choose another name.");
            }
            Services opened = opener.apply(location);
            try {
                Opened result = new Opened(opened, opened.starterPacks().needsChoice());
                openOnWorker.add(opened);
                return result;
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            if (closing) {
                return;
            }
            Services previous = services;
            services = opened.services();
            views.clear();
            content.getChildren().clear();
            databaseLabel.setText(DisplayPaths.friendly(location.file()));
            databaseLabel.setTooltip(new Tooltip(location.file().toString()));
            if (previous != null) {
                runner.run("close database", () -> {
                    close(previous);
                    return previous;
                }, closed -> { }, failure -> { });
            }
            if (opened.needsStarterPack()) {
                offerStarterPack();
            } else {
                showScreens("Ready.");
            }
        }, failure -> {
            if (closing) {
                return;
            }
            String message = Dialogs.describe(failure);
            if (services == null) {
                idle("No database open.");
                databaseLabel.setText(DisplayPaths.friendly(location.file()));
                showNoDatabase(message);
            } else {
                rail.setDisable(false);
                idle("Could not open " + DisplayPaths.friendly(location.file()) + "; still working in "
                        + DisplayPaths.friendly(services.location().file()) + ".");
            }
            Dialogs.error(root, "Cannot open the database", message);
        });
    }

    private record Opened(Services services, boolean needsStarterPack) {
    }

    private void offerStarterPack() {
        idle("Choose how to start.");
        Optional<StarterPackDialog.Choice> choice =
                StarterPackDialog.ask(window(), services.location().file().getFileName().toString());
        if (closing) {
            return;
        }
        if (choice.isEmpty()) {
            showScreens("Ready. The database has not been set up; you will be asked again next time.");
            return;
        }
        StarterPack pack = choice.get().pack();
        busy("Loading the '" + pack.label() + "' starter pack…");
        Services current = services;
        runner.run("starter pack", () -> {
            current.starterPacks().apply(pack);
            return pack;
        }, loaded -> {
            if (!choice.get().demo()) {
                showScreens("Ready. Loaded the '" + loaded.label() + "' starter pack.");
                return;
            }
            busy("Loading the demonstration prospectuses and specifications…");
            runner.run("demo prospectuses", () -> current.demo().apply().size(),
                    n -> showScreens("Ready. Loaded the '" + loaded.label() + "' starter pack and " + n
                            + " demonstration prospectuses with their service specifications."),
                    failure -> {
                        showScreens("Loaded the starter pack; the demonstration data was not loaded.");
                        Dialogs.error(root, "The demonstration prospectuses and specifications were not loaded", Dialogs.describe(failure)
                                + "\n\nThe starter pack is loaded; nothing else was changed.");
                    });
        }, failure -> {
            showScreens("The starter pack was not loaded.");
            Dialogs.error(root, "The starter pack was not loaded", Dialogs.describe(failure)
                    + "\n\nNothing was changed.");
        });
    }

    private void showScreens(String status) {
        if (services == null || closing) {
            return;
        }
        StartupTrace.mark("database-ready");
        ViewLoader loader = CompositionRoot.screens(services, runner);
        try {
            views.put(Screen.DASHBOARD, loader.load(DashboardController.class, "Dashboard.fxml"));
            views.put(Screen.ORGANISATIONS, loader.load(OrganisationsController.class, "Organisations.fxml"));
            views.put(Screen.PROSPECTUSES, loader.load(ProspectusesController.class, "Prospectuses.fxml"));
            views.put(Screen.SPECIFICATIONS, loader.load(SpecificationsController.class, "Specifications.fxml"));
        } catch (RuntimeException e) {
            // A screen that cannot be built is a fault in this copy of the application, not in the data:
            // say so rather than leave the window waiting.
            views.clear();
            idle("The screens could not be shown.");
            showNoDatabase("The screens could not be built: " + Dialogs.describe(e)
                    + "\nThe database is open and unchanged. Please report this with the application's version.");
            return;
        }
        rail.setDisable(false);
        idle(status);
        Screen start = shown != null ? shown : Screen.DASHBOARD;
        shown = null;
        if (rail.getSelectionModel().getSelectedItem() == start) {
            show(start);
        } else {
            rail.getSelectionModel().select(start);
        }
    }

    private void onRailChanged(Screen was, Screen now) {
        if (revertingRail || now == null || views.isEmpty()) {
            return;
        }
        if (was != null && was != now && !leaveCurrentScreen()) {
            revertingRail = true;
            Platform.runLater(() -> {
                rail.getSelectionModel().select(was);
                revertingRail = false;
            });
            return;
        }
        show(now);
    }

    private void show(Screen screen) {
        ViewLoader.View<?> view = views.get(screen);
        if (view == null) {
            return;
        }
        shown = screen;
        content.getChildren().setAll(view.root());
        if (view.controller() instanceof Refreshable refreshable) {
            refreshable.refresh();
        }
    }

    /** True when it is fine to leave the current screen (nothing unsaved, or the person said so). */
    boolean leaveCurrentScreen() {
        if (shown == null) {
            return true;
        }
        ViewLoader.View<?> view = views.get(shown);
        return view == null || !(view.controller() instanceof Leavable leavable) || !leavable.vetoLeaving();
    }

    private void showNoDatabase(String message) {
        Label title = new Label("No database is open");
        title.getStyleClass().add("no-database-title");
        Label detail = new Label(message);
        detail.setWrapText(true);
        detail.setId("noDatabaseMessage");
        Label hint = new Label("Use File > Open database… (Ctrl+O) or File > New database… (Ctrl+Shift+N).");
        VBox box = new VBox(title, detail, hint);
        box.getStyleClass().add("no-database");
        content.getChildren().setAll(box);
    }

    @FXML
    private void onNewDatabase() {
        FileChooser chooser = databaseChooser("New database");
        chooser.setInitialFileName("commissioning.mv.db");
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        openDatabase(DatabaseLocation.of(file.toPath()), true);
    }

    @FXML
    private void onOpenDatabase() {
        File file = databaseChooser("Open database").showOpenDialog(window());
        if (file != null) {
            openDatabase(DatabaseLocation.of(file.toPath()));
        }
    }

    private FileChooser databaseChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Commissioning Desk database (*.mv.db)", "*.mv.db"));
        File folder = services != null ? services.location().file().getParent().toFile() : AppPaths.userDataFolder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    @FXML
    private void onExit() {
        Window window = window();
        if (window != null) {
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    @FXML
    private void onAbout() {
        Dialogs.info(root, "About Commissioning Desk", "Commissioning Desk " + AppVersion.get()
                + "\n\nPlan, specify, contract and settle NHS commissioning, offline."
                + "\n\nDatabase: " + (services == null ? "none open" : services.location().file())
                + "\nData folder: " + AppPaths.userDataFolder()
                + "\n\nLicensed under the Apache License 2.0.");
    }

    /**
     * Closes the open database in the background, after any work already queued, then runs
     * {@code then} on the UI thread. Used as the application quits.
     */
    void closeDatabase(Runnable then) {
        closing = true;
        services = null;
        runner.run("close database", () -> {
            closeAllNow();
            return Boolean.TRUE;
        }, done -> then.run(), failure -> then.run());
    }

    /** Closes whatever is still open, at once: the last safety net as the application stops. */
    void closeAllNow() {
        for (Services open : List.copyOf(openOnWorker)) {
            close(open);
        }
    }

    private void close(Services open) {
        openOnWorker.remove(open);
        open.close();
    }

    private void busy(String message) {
        statusLabel.setText(message);
        busyIndicator.setVisible(true);
    }

    private void idle(String message) {
        statusLabel.setText(message);
        busyIndicator.setVisible(false);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
