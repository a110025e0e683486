package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.V1Fixture;
import org.commissioningdesk.testing.DamagedDatabases;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window meeting a damaged, newer, older, new or hand-edited database, as a person would. */
class DatabaseSafetyFlowTest extends DeskFlowTest {

    private void show(DatabaseLocation location) throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, location)));
    }

    @Test
    void aDamagedDatabaseOffersRecoveryAndTheCopyOpens(FxRobot robot) throws Exception {
        Path damaged = DamagedDatabases.recoverable(folder, "board");
        byte[] before = Files.readAllBytes(damaged);
        fixture.picks.add(folder.resolve("board recovered.mv.db"));
        show(DatabaseLocation.of(damaged));

        DialogPane error = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(error.getHeaderText()).isEqualTo("Cannot open the database");
        assertThat(error.getContentText()).isEqualTo(damaged + " is damaged and cannot be opened. Nothing in it was"
                + " changed. Use File > Recover a damaged database… (or the command 'recover') to copy what can"
                + " still be read into a new file.");
        assertThat(robot.lookup("#noDatabaseMessage").queryAs(Label.class).getText()).contains("is damaged");
        // Close the message: the pane behind it still offers the way out.
        DeskWindowFixture.clickDialogButton(robot, "Close");
        robot.clickOn(DeskWindowFixture.visible(robot, "#recoverButton"));
        assertThat(fixture.dialogsShown).containsExactly("Save the recovered database as [board recovered.mv.db]");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(n -> "Database recovered".equals(((DialogPane) n).getHeaderText())).orElse(false));
        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(done.getContentText()).startsWith("Recovered ").contains("from board.mv.db into "
                + folder.resolve("board recovered.mv.db")).endsWith("The damaged file was not changed.");
        DeskWindowFixture.clickDialogButton(robot, "Open the recovered database");

        DeskWindowFixture.waitUntilReady(robot);
        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText()).endsWith("board recovered.mv.db");
        assertThat(Files.readAllBytes(damaged)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedInPlainWordsAndLeftAlone(FxRobot robot) throws Exception {
        DatabaseLocation location = DatabaseLocation.of(folder.resolve("newer"));
        TestDatabases.OPENER.create(location, Optional.empty()).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + location.base(), "desk", "")) {
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
                    + " \"execution_time\", \"success\") VALUES (99, '90', 'disputes', 'SQL', 'V90__disputes.sql', 1,"
                    + " 'DESK', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        byte[] before = Files.readAllBytes(location.file());
        show(location);
        DialogPane error = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(error.getContentText()).isEqualTo("This database was made by a newer Commissioning Desk (schema 90);"
                + " this copy knows up to " + TestDatabases.latestSchema() + ". Install the newer version. " + location.file() + " was not changed.");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).containsExactly("OK");
        DeskWindowFixture.clickDialogButton(robot, "OK");
        assertThat(robot.lookup("#rail").queryAs(ListView.class).isDisabled()).isTrue();
        assertThat(Files.readAllBytes(location.file())).isEqualTo(before);
    }

    @Test
    void anOlderDatabaseIsUpgradedAndThePersonIsToldWhereTheCopyIs(FxRobot robot) throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "camden");
        show(location);
        DialogPane notice = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(notice.getHeaderText()).isEqualTo("About this database");
        assertThat(notice.getContentText()).isEqualTo("camden.mv.db was upgraded for this version of Commissioning Desk"
                + " (schema 1 to " + TestDatabases.latestSchema() + "). A copy from before the upgrade is kept beside it as camden.before-v2.mv.db.");
        DeskWindowFixture.clickDialogButton(robot, "OK");
        DeskWindowFixture.waitUntilReady(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tiles .tile-number").queryAll().size() == 6);
        assertThat(robot.lookup("#tiles .tile-number").queryAllAs(Label.class)).extracting(Label::getText)
                .startsWith("31");
        assertThat(folder.resolve("camden.before-v2.mv.db")).exists();
    }

    @Test
    void aNewDatabaseIsAskedHowToStartFirstAndAppearsOnlyWhole(FxRobot robot) throws Exception {
        DatabaseLocation current = DatabaseLocation.of(folder.resolve("current"));
        TestDatabases.OPENER.create(current, Optional.of(new SetUpService.Choice(StarterPack.EMPTY, false))).close();
        show(current);
        DeskWindowFixture.waitUntilReady(robot);

        Path wanted = folder.resolve("hackney.mv.db");
        fixture.picks.add(wanted);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn(DeskWindowFixture.visible(robot, "#starter-london-2006"));
        // Nothing is on the disk until the person has chosen.
        assertThat(wanted).doesNotExist();
        DeskWindowFixture.clickDialogButton(robot, "Start");
        DeskWindowFixture.waitUntilReady(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> DeskWindowFixture.status(robot)
                .equals("Ready. Loaded the 'London 2006/07' starter pack."));
        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText()).endsWith("hackney.mv.db");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("current.mv.db",
                    "hackney.mv.db");
        }

        // A name that is taken is refused before anything is asked.
        fixture.picks.add(wanted);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        DialogPane taken = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(taken.getContentText()).isEqualTo(wanted + " already exists. Use File > Open database… to open it,"
                + " or choose another name.");
        DeskWindowFixture.clickDialogButton(robot, "OK");
        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText()).endsWith("hackney.mv.db");
    }

    @Test
    void aRecordWithATypeSetByHandIsLeftOutAndTheStatusBarSaysWhich(FxRobot robot) throws Exception {
        DatabaseLocation location = DatabaseLocation.of(folder.resolve("edited"));
        long camden;
        try (Services services = TestDatabases.OPENER.create(location,
                Optional.of(new SetUpService.Choice(StarterPack.LONDON_2006, false)))) {
            camden = services.organisations().list().stream().filter(o -> o.name().equals("Camden PCT")).findFirst()
                    .orElseThrow().id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + location.base(), "desk", "")) {
            // As a newer build that knows more types (and so has widened the column's check) could write it.
            c.createStatement().execute("ALTER TABLE organisation DROP CONSTRAINT ck_organisation_type");
            c.createStatement().execute("UPDATE organisation SET org_type = 'HOSPITAL' WHERE id = " + camden);
        }
        show(location);
        DeskWindowFixture.waitUntilReady(robot);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery()
                .map(t -> ((javafx.scene.control.TableView<?>) t).getItems().size() == TestDatabases.LONDON_ORGANISATIONS - 1).orElse(false));
        Label warning = (Label) DeskWindowFixture.visible(robot, "#unreadableLabel");
        assertThat(warning.getText()).isEqualTo("1 record could not be read");
        assertThat(warning.getTooltip().getText()).isEqualTo("Organisation " + camden + " was left out: its org type"
                + " 'HOSPITAL' is not one this version of Commissioning Desk knows (it was changed outside the"
                + " application).");
        robot.clickOn(warning);
        DialogPane named = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(named.getHeaderText()).isEqualTo("Records left out");
        assertThat(named.getContentText()).startsWith("Organisation " + camden + " was left out")
                .endsWith("Every other record is shown as usual.");
        DeskWindowFixture.clickDialogButton(robot, "OK");
    }
}
