package org.commissioningdesk.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Leavable;
import org.commissioningdesk.common.Refreshable;
import org.commissioningdesk.common.ViewLoader;

/**
 * The window's screens over the open database, chosen on the rail or the Go menu. Each screen is built
 * (its FXML loaded, its controller and view models made) the first time it is shown, not at start, and
 * then kept until the database changes: a screen nobody visits costs nothing. Leaving a screen with
 * unsaved edits asks first, and a screen that reads from the database reads again each time it is shown.
 */
final class ScreenDeck {

    /** Builds one screen over the open database (CompositionRoot knows how). */
    interface Builder {
        ViewLoader.View<?> build(Screen screen);
    }

    private final ListView<Screen> rail;
    private final StackPane content;
    private final StatusBar status;
    private final Map<Screen, ViewLoader.View<?>> built = new EnumMap<>(Screen.class);
    /** How to build the screens over the open database; null while there is none to build them over. */
    private Builder builder;
    /** The screen on show (kept while the database changes, so the person comes back to it). */
    private Screen shown;
    private boolean revertingRail;

    ScreenDeck(ListView<Screen> rail, Menu goMenu, StackPane content, StatusBar status) {
        this.rail = rail;
        this.content = content;
        this.status = status;
        rail.getItems().setAll(Screen.values());
        rail.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> onRailChanged(was, now));
        goMenu.getItems().setAll(Screen.goMenu(rail));
    }

    /**
     * The database has changed (another one opened, or this one set up): every screen built over what it
     * held is dropped, and none is built again until it is shown.
     */
    void drop() {
        builder = null;
        built.clear();
        content.getChildren().clear();
    }

    /** Builds screens with {@code builder} from now on, and shows the one the person was on (at first the dashboard). */
    void start(Builder builder) {
        drop();
        this.builder = builder;
        Screen start = shown != null ? shown : Screen.DASHBOARD;
        shown = null;
        if (rail.getSelectionModel().getSelectedItem() == start) {
            show(start);
        } else {
            rail.getSelectionModel().select(start);
        }
    }

    /** Whether {@code screen} has been built over the open database. */
    boolean isBuilt(Screen screen) {
        return built.containsKey(screen);
    }

    /** The screen on show, if it was built. */
    Optional<ViewLoader.View<?>> shownView() {
        return Optional.ofNullable(shown == null ? null : built.get(shown));
    }

    /** The root of the screen on show, if it was built. */
    Optional<Parent> shownRoot() {
        return shownView().map(ViewLoader.View::root);
    }

    /**
     * True when it is fine to leave the screen shown (nothing unsaved, or the person said so); if they
     * chose to save first, {@code thenLeave} is run once it is saved, to do what was asked.
     */
    boolean mayLeave(Runnable thenLeave) {
        return shownView().map(view -> !(view.controller() instanceof Leavable leavable)
                || !leavable.vetoLeaving(thenLeave)).orElse(true);
    }

    private void onRailChanged(Screen was, Screen now) {
        if (revertingRail || now == null || builder == null) {
            return;
        }
        if (was != null && was != now && !mayLeave(() -> rail.getSelectionModel().select(now))) {
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
        ViewLoader.View<?> view = built.get(screen);
        if (view == null) {
            String name = screen.name().toLowerCase(java.util.Locale.ROOT);
            StartupTrace.mark("building-" + name);
            try {
                view = builder.build(screen);
                StartupTrace.mark("built-" + name);
            } catch (RuntimeException e) {
                // A screen that cannot be built is a fault in this copy of the application, not in the data:
                // say so rather than show nothing; the other screens still work.
                shown = screen;
                content.getChildren().setAll(cannotBeShown(screen, Dialogs.describe(e)));
                status.say("The " + screen.title() + " screen could not be shown.");
                return;
            }
            built.put(screen, view);
        }
        shown = screen;
        content.getChildren().setAll(view.root());
        if (view.controller() instanceof Refreshable refreshable) {
            refreshable.refresh();
        }
    }

    private static VBox cannotBeShown(Screen screen, String why) {
        Label title = new Label("The " + screen.title() + " screen could not be shown");
        title.getStyleClass().add("no-database-title");
        Label detail = new Label(why + "\nThe database is open and unchanged. Please report this with the"
                + " application's version (Help > About).");
        detail.setWrapText(true);
        detail.setId("screenProblem");
        VBox box = new VBox(title, detail);
        box.getStyleClass().add("no-database");
        return box;
    }
}
