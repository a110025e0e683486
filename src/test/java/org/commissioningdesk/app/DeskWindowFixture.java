package org.commissioningdesk.app;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.commissioningdesk.common.BackgroundTaskRunner;
import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.common.DisplayNameSetting;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.testing.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window on a test database, with its own throwaway preferences (the window's place,
 * and the display name, which is {@link TestDatabases#USER}'s until File > Your name… changes it).
 */
final class DeskWindowFixture {

    private final Preferences prefs = Preferences.userRoot().node("org/commissioningdesk/test-" + UUID.randomUUID());
    /** Who the window records changes as. */
    final CurrentUser user = new CurrentUser(new DisplayNameSetting(prefs.node("person"), TestDatabases.USER::name));
    private final ServicesOpener opener = Services.opener(user, TestDatabases.CLOCK);
    private BackgroundTaskRunner runner;
    MainWindowController controller;
    /** The files the person picks in the file dialogs, in order; an empty queue is Cancel. */
    final java.util.Deque<Path> picks = new java.util.ArrayDeque<>();
    private boolean stopped;
    /** The titles of the file dialogs that were shown, in order. */
    final java.util.List<String> dialogsShown = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The files and folders the window asked the system to show (Open, Show in folder). */
    final java.util.List<Path> filesShown = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Whether this desktop has a file manager to open folders in (false: it refuses). */
    volatile boolean fileManager = true;

    /** The folders the window asked the file manager to open, and the threads that asked. */
    final java.util.List<Path> foldersOpened = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.List<Thread> folderThreads = new java.util.concurrent.CopyOnWriteArrayList<>();

    void start(Stage stage, DatabaseLocation location) {
        start(stage, location, 0);
    }

    /** Starts the window with a database that takes {@code openMillis} longer than usual to open. */
    void start(Stage stage, DatabaseLocation location, long openMillis) {
        runner = new BackgroundTaskRunner();
        controller = MainWindow.show(stage, runner, new ServicesOpener() {
            @Override
            public CurrentUser user() {
                return user;
            }

            @Override
            public Services open(DatabaseLocation where) {
                pause(openMillis);
                return opener.open(where);
            }

            @Override
            public Services openShared(org.commissioningdesk.persistence.ServerAddress server,
                                       org.commissioningdesk.persistence.Credentials credentials) {
                pause(openMillis);
                return opener.openShared(server, credentials);
            }

            @Override
            public Services create(DatabaseLocation where, java.util.Optional<SetUpService.Choice> choice) {
                pause(openMillis);
                return opener.create(where, choice);
            }
        }, new FilePicker() {
            @Override
            public java.util.Optional<Path> open(javafx.stage.Window owner, String title, Path folder) {
                dialogsShown.add(title);
                return java.util.Optional.ofNullable(picks.poll());
            }

            @Override
            public java.util.Optional<Path> save(javafx.stage.Window owner, String title, Path folder, String name) {
                dialogsShown.add(title + " [" + name + "]");
                return java.util.Optional.ofNullable(picks.poll());
            }

            @Override
            public void show(Path file) {
                filesShown.add(file);
            }

            @Override
            public boolean openFolder(Path folder) {
                folderThreads.add(Thread.currentThread());
                foldersOpened.add(folder);
                return fileManager;
            }
        }, new WindowStateStore(prefs), location);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The runner the window and its screens run their work on. */
    BackgroundTaskRunner runner() {
        return runner;
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

    /** Closes the database the way the application does, closes any window left open, forgets the prefs. */
    void stop() throws Exception {
        if (stopped) {
            return;
        }
        stopped = true;
        if (controller != null) {
            java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
            javafx.application.Platform.runLater(() -> controller.closeDatabase(closed::countDown));
            if (!closed.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The database did not close within 30 s");
            }
        }
        if (runner != null) {
            runner.shutdown();
        }
        org.testfx.api.FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    /** Clicks the button labelled {@code text} (its mnemonic marks aside) in the dialog showing now. */
    static void clickDialogButton(FxRobot robot, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button")
                .match((javafx.scene.control.Button b) -> b.getText().replace("_", "").equals(text)).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                (javafx.scene.control.Button b) -> b.getText().replace("_", "").equals(text)).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a node matching {@code query} is visible in a showing window, and returns it. */
    static javafx.scene.Node visible(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(DeskWindowFixture::showing).isPresent());
        // Let the FX thread finish the change that showed the node before the caller reads what it holds.
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    static boolean showing(javafx.scene.Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    /**
     * Clicks {@code query} as a person would on a long form: scrolled into view first (a form taller
     * than the window starts below the fold), then clicked.
     */
    static void clickInView(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> org.commissioningdesk.common.FocusScroll.reveal(node));
        robot.clickOn(node);
    }

    // ---- how the flow tests work the window, shared so that no test keeps its own copy

    /** Waits (a minute at most) for {@code condition}. */
    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    /** Waits, and on time-out says what the screen's message lines said. */
    static void waitFor(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) {
        try {
            waitFor(condition);
        } catch (TimeoutException e) {
            String said = robot.lookup("#messageLabel").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText()).orElse("");
            String listSaid = robot.lookup("#listMessageLabel").tryQuery()
                    .map(n -> ((javafx.scene.control.Label) n).getText()).orElse("");
            throw new AssertionError("Timed out; the screen said: " + said + " " + listSaid, e);
        }
    }

    /** The text of the label {@code query} finds. */
    /** Chooses {@code item} ("Your name…") from the File menu, as a person clicks it. */
    static void fileMenu(FxRobot robot, String item) {
        robot.clickOn(robot.lookup(".menu-bar .menu").match((javafx.scene.control.Labeled m) -> m.getText() != null
                && m.getText().replace("_", "").equals("File")).<javafx.scene.Node>query());
        robot.clickOn(robot.lookup(".menu-item .label").match((javafx.scene.control.Label l) -> l.getText() != null
                && l.getText().replace("_", "").equals(item)).<javafx.scene.Node>query());
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.Label.class).getText();
    }

    /** Chooses the tab titled {@code title}. */
    static void tab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab .tab-label").match((javafx.scene.control.Label l) -> title.equals(l.getText()))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Goes to {@code screen} on the navigation rail. */
    static void goTo(FxRobot robot, String screen) {
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                screen.equals(c.getText())).<javafx.scene.Node>query());
    }

    /**
     * Opens a combo box and clicks the choice showing {@code shown}; in a searchable one (a long list,
     * where the choice may be far below the first screenful) the name is typed first, as a person would.
     */
    static void choose(FxRobot robot, String combo, String shown) {
        clickInView(robot, combo);
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(".type-ahead-popup .text-field").tryQuery().filter(DeskWindowFixture::showing).ifPresent(search -> {
            robot.write(shown);
            WaitForAsyncUtils.waitForFxEvents();
        });
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                shown.equals(c.getText()) && showing(c)).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces what a field holds with {@code text}, typed. */
    static void replaceText(FxRobot robot, String query, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(field::clear);
        clickInView(robot, query);
        robot.write(text);
    }

    static boolean editable(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class).isEditable();
    }

    static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.Node.class).isDisabled();
    }

    /**
     * The cells of column {@code column} of the table or tree table {@code table} whose text is cut short
     * on the screen (shown ending in an ellipsis), each as "whole text -> shown text"; empty when every
     * one is whole.
     */
    static java.util.List<String> cutCells(FxRobot robot, String table, String column) {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<javafx.scene.control.IndexedCell<?>> cells = new java.util.ArrayList<>();
        for (String kind : new String[] {" .table-cell", " .tree-table-cell"}) {
            for (javafx.scene.Node n : robot.lookup(table + kind).queryAll()) {
                if (n instanceof javafx.scene.control.IndexedCell<?> cell && column.equals(columnOf(cell))
                        && cell.getText() != null && !cell.getText().isEmpty() && showing(cell)) {
                    cells.add(cell);
                }
            }
        }
        if (cells.isEmpty()) {
            throw new AssertionError("No cell with text is shown in the column " + column + " of " + table);
        }
        return cells.stream().filter(c -> !c.getText().equals(shownText(c))).map(c -> c.getText() + " -> " + shownText(c))
                .toList();
    }

    private static String columnOf(javafx.scene.control.IndexedCell<?> cell) {
        if (cell instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null) {
            return c.getTableColumn().getText();
        }
        if (cell instanceof javafx.scene.control.TreeTableCell<?, ?> c && c.getTableColumn() != null) {
            return c.getTableColumn().getText();
        }
        return null;
    }

    private static String shownText(javafx.scene.control.Labeled cell) {
        javafx.scene.Node text = cell.lookup(".text");
        return text instanceof javafx.scene.text.Text t ? t.getText() : "";
    }

    /** Makes the window {@code width} by {@code height}, as on a small laptop screen, and lets it lay out again. */
    static void resize(FxRobot robot, javafx.stage.Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
