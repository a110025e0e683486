package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.DialogPane;

import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.testing.OtherProcess;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a person meets it: first start, the rail, the status bar, a database in use. */
class MainWindowFlowTest extends DeskFlowTest {

    private void show(Path db) throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, DeskWindowFixture.location(db))));
    }

    @Test
    void firstStartOffersTheStarterPackAndShowsTheLondonRegister(FxRobot robot) throws Exception {
        Path db = folder.resolve("first");
        show(db);
        assertThat(stage.getTitle()).isEqualTo("Commissioning Desk");
        // The window's icon, in each size a desktop asks for, drawn from the installers' drawing and loaded whole.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().stream()
                .allMatch(icon -> icon.getProgress() == 1.0));
        assertThat(stage.getIcons()).extracting(icon -> icon.isError(), icon -> (int) icon.getWidth(),
                icon -> (int) icon.getHeight()).containsExactly(tuple(false, 16, 16),
                tuple(false, 32, 32), tuple(false, 48, 48),
                tuple(false, 64, 64), tuple(false, 128, 128),
                tuple(false, 256, 256));

        robot.clickOn(DeskWindowFixture.visible(robot, "#starter-london-2006"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                (javafx.scene.control.Button b) -> b.getText().equals("Start")).queryButton());
        DeskWindowFixture.waitUntilReady(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> DeskWindowFixture.status(robot).contains("London 2006/07"));

        ListView<?> rail = robot.lookup("#rail").queryAs(ListView.class);
        assertThat(rail.getItems()).extracting(Object::toString).containsExactly("Dashboard", "Organisations", "Prospectuses",
                "Specifications");
        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText())
                .isEqualTo(org.commissioningdesk.common.DisplayPaths.friendly(DeskWindowFixture.location(db).file()));

        // The dashboard counts what was loaded.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tiles .tile-number").queryAll().size() == 6);
        assertThat(robot.lookup("#tiles .tile-number").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("31", "6", "43", "33", String.valueOf(TestDatabases.LONDON_ORGANISATIONS), "0");
        assertThat(robot.lookup("#prospectusTiles .tile-number").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("0", "0", "0", "0", "0");

        // Keyboard: Ctrl+2 goes to Organisations.
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery().isPresent());
        assertThat(rail.getSelectionModel().getSelectedItem()).hasToString("Organisations");

        // The file holds what the window loaded (looked at once the window has let go of it).
        fixture.stop();
        try (Services services = TestDatabases.open(db)) {
            assertThat(services.starterPacks().chosen()).contains(StarterPack.LONDON_2006);
        }
    }

    @Test
    void theLondonPackCanComeWithTheDemonstrationProspectuses(FxRobot robot) throws Exception {
        Path db = folder.resolve("demo");
        show(db);
        robot.clickOn(DeskWindowFixture.visible(robot, "#starter-empty"));
        assertThat(robot.lookup("#starter-demo").queryAs(javafx.scene.control.CheckBox.class).isDisabled()).isTrue();
        robot.clickOn("#starter-london-2006");
        robot.clickOn("#starter-demo");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                (javafx.scene.control.Button b) -> b.getText().equals("Start")).queryButton());
        DeskWindowFixture.waitUntilReady(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> DeskWindowFixture.status(robot)
                .contains("3 demonstration prospectuses"));
        // The dashboard counts them: Tower Hamlets out for consultation with 4 of its 8 responses unanswered.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#prospectusTiles .tile-number").queryAll().size() == 5
                && robot.lookup("#prospectusTiles .tile-number").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .equals(java.util.List.of("0", "1", "4", "1", "1")));

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.CONTROL);
        javafx.scene.control.TableView<?> list = (javafx.scene.control.TableView<?>) DeskWindowFixture.visible(robot, "#table");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
    }

    @Test
    void decidingLaterShowsTheDashboardWithAWayToLoadTheStarterPackThen(FxRobot robot) throws Exception {
        Path db = folder.resolve("later");
        show(db);
        DeskWindowFixture.visible(robot, "#starter-london-2006");
        DeskWindowFixture.clickDialogButton(robot, "Decide later");
        // The normal window, not the question a second time: the rail works and the dashboard says what to do.
        DeskWindowFixture.waitUntilReady(robot);
        assertThat(robot.lookup(".dialog-pane").tryQuery().filter(DeskWindowFixture::showing)).isEmpty();
        DeskWindowFixture.visible(robot, "#emptyState");
        assertThat(DeskWindowFixture.status(robot)).contains("has not been set up").contains("File > Load London starter pack");
        assertThat(robot.lookup("#rail").queryAs(ListView.class).getSelectionModel().getSelectedItem()).hasToString("Dashboard");

        robot.clickOn("#loadStarterPackButton");
        DeskWindowFixture.visible(robot, "#starter-demo");
        DeskWindowFixture.clickDialogButton(robot, "Load");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> DeskWindowFixture.status(robot).contains("London 2006/07"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tiles .tile-number").queryAllAs(Label.class)
                .stream().map(Label::getText).toList().contains(String.valueOf(TestDatabases.LONDON_ORGANISATIONS)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#emptyState").tryQuery()
                .map(n -> !n.isVisible()).orElse(true));
        fixture.stop();
        try (Services services = TestDatabases.open(db)) {
            assertThat(services.starterPacks().chosen()).contains(StarterPack.LONDON_2006);
        }
    }

    @Test
    void theFileMenusStarterPackItemSaysWhyWhenTheRegisterHoldsOrganisations(FxRobot robot) throws Exception {
        Path db = folder.resolve("full");
        try (Services services = TestDatabases.open(db)) {
            services.starterPacks().apply(StarterPack.LONDON_2006);
        }
        show(db);
        DeskWindowFixture.waitUntilReady(robot);
        javafx.scene.control.MenuItem item = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(i -> "loadStarterPackItem".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("_Load London starter pack…");
        assertThat(item.isDisable()).isFalse();
        robot.interact(item::fire);
        DialogPane dialog = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(dialog.getHeaderText()).isEqualTo("The London starter pack cannot be loaded");
        assertThat(dialog.getContentText()).startsWith("This database already holds "
                + TestDatabases.LONDON_ORGANISATIONS + " organisations.");
        DeskWindowFixture.clickDialogButton(robot, "OK");
        assertThat(DeskWindowFixture.status(robot)).isEqualTo("The starter pack was not loaded.");
    }

    @Test
    void aDatabaseOpenInAnotherCopyIsAClearMessageNotAStackTrace(FxRobot robot) throws Exception {
        Path db = folder.resolve("busy");
        try (Services services = TestDatabases.open(db)) {
            services.starterPacks().apply(StarterPack.EMPTY);
        }
        try (OtherProcess other = OtherProcess.holding(DeskWindowFixture.location(db).base())) {
            show(db);
            DialogPane dialog = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
            assertThat(dialog.getHeaderText()).isEqualTo("Cannot open the database");
            assertThat(dialog.getContentText()).startsWith("This database is open in another window or program")
                    .contains("desk.mv.db").doesNotContain("Exception");
            robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
            assertThat(DeskWindowFixture.status(robot)).isEqualTo("No database open.");
            assertThat(robot.lookup("#noDatabaseMessage").queryAs(Label.class).getText())
                    .startsWith("This database is open in another window");
            assertThat(robot.lookup("#rail").queryAs(ListView.class).isDisabled()).isTrue();
        }
        // Nothing was damaged: the file opens once the other copy has let go.
        try (Services services = TestDatabases.open(db)) {
            assertThat(services.starterPacks().chosen()).contains(StarterPack.EMPTY);
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedLeavesTheCurrentOneOpen(FxRobot robot) throws Exception {
        Path current = folder.resolve("current");
        Path other = folder.resolve("other");
        for (Path db : new Path[] {current, other}) {
            try (Services services = TestDatabases.open(db)) {
                services.starterPacks().apply(StarterPack.LONDON_2006);
            }
        }
        show(current);
        DeskWindowFixture.waitUntilReady(robot);
        String shownBefore = robot.lookup("#databaseLabel").queryAs(Label.class).getText();
        try (OtherProcess holder = OtherProcess.holding(DeskWindowFixture.location(other).base())) {
            robot.interact(() -> fixture.controller.openDatabase(DeskWindowFixture.location(other)));
            DialogPane dialog = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
            assertThat(dialog.getContentText()).startsWith("This database is open in another window or program");
            robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskWindowFixture.status(robot)).isEqualTo("Could not open "
                + org.commissioningdesk.common.DisplayPaths.friendly(DeskWindowFixture.location(other).file())
                + "; still working in " + shownBefore + ".");
        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText()).isEqualTo(shownBefore);
        assertThat(robot.lookup("#rail").queryAs(ListView.class).isDisabled()).isFalse();
        // The screens still work on the database that stayed open.
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery()
                .map(t -> ((javafx.scene.control.TableView<?>) t).getItems().size() == TestDatabases.LONDON_ORGANISATIONS).orElse(false));
    }

    @Test
    void quittingWhileTheDatabaseIsStillOpeningClosesItAndShowsNothingMore(FxRobot robot) throws Exception {
        Path db = folder.resolve("quitting");
        TestDatabases.open(db).close();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> fixture.start(stage, DeskWindowFixture.location(db), 1500)));
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> fixture.controller.closeDatabase(closed::countDown));
        assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        // No starter-pack question or error pops up for a window that is going away...
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        // ...and the file it opened meanwhile was closed: another process can open it.
        try (OtherProcess other = OtherProcess.holding(DeskWindowFixture.location(db).base())) {
            assertThat(other).isNotNull();
        }
    }

    @Test
    void slowWorkShowsItsProgressInTheStatusBarAndCancelStopsIt(FxRobot robot) throws Exception {
        Path db = folder.resolve("slow");
        try (Services services = TestDatabases.open(db)) {
            services.starterPacks().apply(StarterPack.EMPTY);
        }
        show(db);
        DeskWindowFixture.waitUntilReady(robot);
        javafx.scene.Node area = robot.lookup("#taskArea").query();
        assertThat(area.isVisible()).isFalse();

        java.util.List<Object> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        // Work on the runner the screens use, as a long save or load would be.
        robot.interact(() -> fixture.runner().run("check every record", progress -> {
            progress.report(3, 10, "Checking 3 of 10 records");
            while (!progress.isCancelled()) {
                Thread.sleep(5);
            }
            stopped.countDown();
            return "checked";
        }, delivered::add, delivered::add));

        DeskWindowFixture.visible(robot, "#cancelButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> area.isVisible()
                && robot.lookup("#taskProgress").queryAs(javafx.scene.control.ProgressBar.class).getProgress() == 0.3);
        assertThat(DeskWindowFixture.status(robot)).isEqualTo("Checking 3 of 10 records");
        robot.clickOn("#cancelButton");

        assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !area.isVisible()
                && DeskWindowFixture.status(robot).equals("Cancelled."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).isEmpty();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    /** Help > Show log folder, with the mouse. */
    private static void helpShowLogFolder(FxRobot robot) {
        robot.clickOn(robot.lookup(".menu-bar .menu").match((javafx.scene.control.Labeled m) -> m.getText() != null
                && m.getText().replace("_", "").equals("Help")).<javafx.scene.Node>query());
        robot.clickOn(robot.lookup(".menu-item .label").match((Label l) -> l.getText() != null
                && l.getText().replace("_", "").equals("Show log folder")).<javafx.scene.Node>query());
    }

    @Test
    void helpShowLogFolderOpensTheLogFolderOrElseShowsItsPathToCopy(FxRobot robot) throws Exception {
        Path db = folder.resolve("help");
        try (Services services = TestDatabases.open(db)) {
            services.starterPacks().apply(StarterPack.EMPTY);
        }
        show(db);
        DeskWindowFixture.waitUntilReady(robot);
        Path logs = org.commissioningdesk.common.LogFolder.get();

        helpShowLogFolder(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> DeskWindowFixture.status(robot)
                .equals("The log folder is open in your file manager."));
        assertThat(fixture.foldersOpened).containsExactly(logs);
        // The desktop was asked from a worker thread, never the window's.
        assertThat(fixture.folderThreads).noneMatch(t -> t.getName().startsWith("JavaFX Application Thread"));

        // A desktop with no file manager: the path, with a button to copy it.
        fixture.fileManager = false;
        helpShowLogFolder(robot);
        DialogPane dialog = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(dialog.getHeaderText()).isEqualTo("The log folder");
        assertThat(dialog.getContentText()).contains(logs.toString());
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.clickOn("#copyButton");
        assertThat(robot.lookup(".dialog-pane").tryQuery().filter(DeskWindowFixture::showing)).isPresent();
        assertThat(WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))).isEqualTo(logs.toString());
        DeskWindowFixture.clickDialogButton(robot, "Close");
        assertThat(fixture.foldersOpened).containsExactly(logs, logs);
    }
}
