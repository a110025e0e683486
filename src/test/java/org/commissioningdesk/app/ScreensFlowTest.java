package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commissioningdesk.app.DeskWindowFixture.clickDialogButton;
import static org.commissioningdesk.app.DeskWindowFixture.goTo;
import static org.commissioningdesk.app.DeskWindowFixture.status;
import static org.commissioningdesk.app.DeskWindowFixture.text;
import static org.commissioningdesk.app.DeskWindowFixture.waitFor;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;

import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.specification.SpecificationSummary;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens of the main window: each is built on its first visit (from the rail, the Go menu, or on the
 * way out of another screen), kept after, and dropped when another database is opened; the status bar
 * says what was last done, however quick.
 */
class ScreensFlowTest extends DeskFlowTest {

    /** Shows the window over a database set up with {@code pack}, ready to use. */
    private void show(FxRobot robot, Path db, StarterPack pack) throws Exception {
        try (Services services = TestDatabases.open(db)) {
            services.starterPacks().apply(pack);
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, DeskWindowFixture.location(db))));
        DeskWindowFixture.waitUntilReady(robot);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(read));
    }

    /** The screens built over the open database so far. */
    private Set<Screen> built() throws Exception {
        return onFx(() -> {
            Set<Screen> built = EnumSet.noneOf(Screen.class);
            for (Screen screen : Screen.values()) {
                if (fixture.controller.screens().isBuilt(screen)) {
                    built.add(screen);
                }
            }
            return built;
        });
    }

    /** The controller of the screen on show. */
    private Object shownController() throws Exception {
        return onFx(() -> fixture.controller.screens().shownView().orElseThrow().controller());
    }

    private static void control(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static Screen selected(FxRobot robot) {
        return (Screen) robot.lookup("#rail").queryAs(ListView.class).getSelectionModel().getSelectedItem();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> organisationsTable(FxRobot robot) {
        return (TableView<Object>) robot.lookup("#table").queryAs(TableView.class);
    }

    @Test
    void aScreenIsBuiltOnItsFirstVisitAndKeptAfter(FxRobot robot) throws Exception {
        show(robot, folder.resolve("london"), StarterPack.LONDON_2006);
        DeskWindowFixture.visible(robot, "#tiles");
        assertThat(built()).containsExactly(Screen.DASHBOARD);

        // Ctrl+2 builds the Organisations screen, which reads the register as it is built.
        robot.clickOn("#rail");
        control(robot, KeyCode.DIGIT2);
        waitFor(robot, () -> robot.lookup("#table").tryQuery().isPresent()
                && organisationsTable(robot).getItems().size() == TestDatabases.LONDON_ORGANISATIONS);
        assertThat(built()).containsExactly(Screen.DASHBOARD, Screen.ORGANISATIONS);
        Object organisations = shownController();

        // The rail builds the Specifications screen; the Prospectuses screen is still not built.
        goTo(robot, "Specifications");
        DeskWindowFixture.visible(robot, "#newFromTemplateButton");
        assertThat(built()).containsExactly(Screen.DASHBOARD, Screen.ORGANISATIONS, Screen.SPECIFICATIONS);

        // Coming back shows the screen built before, not a new one.
        control(robot, KeyCode.DIGIT2);
        waitFor(robot, () -> selected(robot) == Screen.ORGANISATIONS && robot.lookup("#table").tryQuery().isPresent());
        assertThat(shownController()).isSameAs(organisations);
        assertThat(built()).doesNotContain(Screen.PROSPECTUSES);
    }

    @Test
    void savingOnTheWayOutOfAnEditorBuildsTheScreenGoneTo(FxRobot robot) throws Exception {
        Path db = folder.resolve("leaving");
        show(robot, db, StarterPack.LONDON_2006);
        goTo(robot, "Specifications");
        robot.clickOn(DeskWindowFixture.visible(robot, "#newButton"));
        robot.clickOn("#titleField").write("Islington cardiology");
        robot.clickOn(robot.lookup("#serviceAreaField").queryAs(ComboBox.class).getEditor()).write("Cardiology");
        assertThat(built()).doesNotContain(Screen.PROSPECTUSES);

        // Going to a screen never visited asks about the unsaved specification first; Save saves, then goes.
        goTo(robot, "Prospectuses");
        clickDialogButton(robot, "Save");
        waitFor(robot, () -> selected(robot) == Screen.PROSPECTUSES && built().contains(Screen.PROSPECTUSES));
        DeskWindowFixture.visible(robot, "#ownerFilter");
        assertThat(status(robot)).isEqualTo("Saved Islington cardiology v1.");
        try (Services services = TestDatabases.open(db)) {
            assertThat(services.specifications().list()).extracting(SpecificationSummary::title)
                    .containsExactly("Islington cardiology");
        }
    }

    @Test
    void aQuickSaveIsWhatTheStatusBarSaysUntilTheNextActionReplacesIt(FxRobot robot) throws Exception {
        show(robot, folder.resolve("saving"), StarterPack.LONDON_2006);
        assertThat(status(robot)).isEqualTo("Opened "
                + DeskWindowFixture.location(folder.resolve("saving")).file().getFileName() + ".");
        goTo(robot, "Specifications");
        robot.clickOn(DeskWindowFixture.visible(robot, "#newButton"));
        robot.clickOn("#titleField").write("Community cardiology");
        robot.clickOn(robot.lookup("#serviceAreaField").queryAs(ComboBox.class).getEditor()).write("Cardiology");

        // Ctrl+S: the editor's line and the window's status bar both say it was saved.
        control(robot, KeyCode.S);
        waitFor(robot, () -> "Saved Community cardiology v1.".equals(text(robot, "#messageLabel")));
        waitFor(robot, () -> status(robot).equals("Saved Community cardiology v1."));

        // The next action's report replaces it.
        robot.clickOn("#backButton");
        @SuppressWarnings("unchecked")
        TreeTableView<Object> tree = (TreeTableView<Object>) DeskWindowFixture.visible(robot, "#tree");
        waitFor(robot, () -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 1);
        // Opening a record is a thing done too.
        robot.doubleClickOn(robot.lookup("#tree .tree-table-row-cell").match((TreeTableRow<?> r) -> r.getTreeItem() != null
                && r.getTreeItem() == tree.getRoot().getChildren().get(0)).<Node>query());
        waitFor(robot, () -> status(robot).equals("Opened Community cardiology v1."));
        robot.clickOn("#backButton");
        DeskWindowFixture.visible(robot, "#tree");
        robot.clickOn(robot.lookup("#tree .tree-table-row-cell").match((TreeTableRow<?> r) -> r.getTreeItem() != null
                && r.getTreeItem() == tree.getRoot().getChildren().get(0)).<Node>query());
        robot.type(KeyCode.DELETE);
        clickDialogButton(robot, "Delete draft");
        waitFor(robot, () -> status(robot).equals("Deleted Community cardiology v1."));
    }

    @Test
    void openingAnotherDatabaseDropsTheScreensBuiltOverTheOldOne(FxRobot robot) throws Exception {
        Path other = folder.resolve("other");
        try (Services services = TestDatabases.open(other)) {
            services.starterPacks().apply(StarterPack.EMPTY);
        }
        show(robot, folder.resolve("london"), StarterPack.LONDON_2006);
        goTo(robot, "Specifications");
        DeskWindowFixture.visible(robot, "#newFromTemplateButton");
        goTo(robot, "Organisations");
        waitFor(robot, () -> robot.lookup("#table").tryQuery().isPresent()
                && organisationsTable(robot).getItems().size() == TestDatabases.LONDON_ORGANISATIONS);
        Object londonOrganisations = shownController();
        assertThat(built()).containsExactly(Screen.DASHBOARD, Screen.ORGANISATIONS, Screen.SPECIFICATIONS);

        robot.interact(() -> fixture.controller.openDatabase(DeskWindowFixture.location(other)));
        waitFor(robot, () -> status(robot).equals("Opened " + DeskWindowFixture.location(other).file().getFileName() + "."));
        DeskWindowFixture.waitUntilReady(robot);

        // Only the screen on show is built again, over the other database (whose register is empty).
        assertThat(built()).containsExactly(Screen.ORGANISATIONS);
        assertThat(shownController()).isNotSameAs(londonOrganisations);
        assertThat(organisationsTable(robot).getItems()).isEmpty();
        control(robot, KeyCode.DIGIT1);
        DeskWindowFixture.visible(robot, "#emptyState");
        assertThat(built()).containsExactly(Screen.DASHBOARD, Screen.ORGANISATIONS);
    }
}
