package org.commissioningdesk.app;

import static org.commissioningdesk.app.DeskWindowFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.AuditEntry;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Organisations screen driven as a person would, on a database with the London 2006/07 pack. */
class OrganisationsFlowTest extends DeskFlowTest {

    @BeforeEach
    void openOrganisations() throws Exception {
        try (Services services = TestDatabases.open(folder)) {
            services.starterPacks().apply(StarterPack.LONDON_2006);
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, DeskWindowFixture.location(folder))));
        FxRobot robot = new FxRobot();
        DeskWindowFixture.waitUntilReady(robot);
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "Organisations".equals(c.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().size() == TestDatabases.LONDON_ORGANISATIONS);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Organisation> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private static void chooseType(FxRobot robot, OrganisationType type) {
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationType> combo = robot.lookup("#typeField").queryAs(ComboBox.class);
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                type.label().equals(c.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.getValue()).isEqualTo(type);
    }

    private static void selectRow(FxRobot robot, String name) {
        TableView<Organisation> table = table(robot);
        Organisation row = table.getItems().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(row));
        robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) ->
                r.getItem() == row).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String selected(FxRobot robot) {
        Organisation chosen = table(robot).getSelectionModel().getSelectedItem();
        return chosen == null ? "" : chosen.name();
    }

    private Organisation stored(String name) {
        try (Services services = TestDatabases.open(folder)) {
            return services.organisations().list().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
        }
    }

    @Test
    void addAnOrganisationThenEditIt(FxRobot robot) throws Exception {
        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("Whittington Health");
        chooseType(robot, OrganisationType.NHS_TRUST);
        robot.clickOn("#codeField").write("RKE");
        robot.clickOn("#saveButton");
        waitFor(() -> table(robot).getItems().stream().anyMatch(o -> o.name().equals("Whittington Health")));
        // The row is chosen a moment after the table is filled again: wait for that too.
        waitFor(() -> selected(robot).equals("Whittington Health"));
        assertThat(text(robot, "#formTitle")).isEqualTo("Whittington Health");

        Organisation saved = stored("Whittington Health");
        assertThat(saved.type()).isEqualTo(OrganisationType.NHS_TRUST);
        assertThat(saved.code()).isEqualTo("RKE");

        // Edit: rename it and give it a note.
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.doubleClickOn(name).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Whittington Hospital NHS Trust");
        robot.clickOn("#notesField").write("Integrated care organisation from 2011.");
        robot.clickOn("#saveButton");
        waitFor(() -> table(robot).getItems().stream().anyMatch(o -> o.name().equals("Whittington Hospital NHS Trust")));
        assertThat(table(robot).getItems()).noneMatch(o -> o.name().equals("Whittington Health"));
        assertThat(text(robot, "#messageLabel")).isEqualTo("Saved Whittington Hospital NHS Trust.");

        // Its history lists both changes; choosing one reads everything it did.
        @SuppressWarnings("unchecked")
        ListView<Object> history = robot.lookup("#historyList").queryAs(ListView.class);
        waitFor(() -> history.getItems().size() == 2);
        assertThat(text(robot, "#historyDetails")).isEqualTo("Choose a change to see everything it did.");
        robot.interact(() -> history.getSelectionModel().select(1));
        String told;
        try (Services services = TestDatabases.open(folder)) {
            AuditEntry update = services.organisations().history(saved.id()).get(1);
            told = services.organisations().changeDetails(update.id());
        }
        assertThat(told).contains("Whittington Hospital NHS Trust");
        waitFor(() -> text(robot, "#historyDetails").equals(told));

        Organisation edited = stored("Whittington Hospital NHS Trust");
        assertThat(edited.id()).isEqualTo(saved.id());
        assertThat(edited.notes()).isEqualTo("Integrated care organisation from 2011.");
        try (Services services = TestDatabases.open(folder)) {
            assertThat(services.organisations().history(saved.id())).extracting(AuditEntry::action)
                    .containsExactly("create", "update");
        }
    }

    @Test
    void aDuplicateNameIsShownOnTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("Camden PCT");
        chooseType(robot, OrganisationType.PCT);
        waitFor(() -> "There is already a PCT called 'Camden PCT'".equals(text(robot, "#nameError")));
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();

        // The same name as a Local Authority is fine.
        chooseType(robot, OrganisationType.LOCAL_AUTHORITY);
        waitFor(() -> text(robot, "#nameError").isEmpty());
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(table(robot).getItems()).hasSize(TestDatabases.LONDON_ORGANISATIONS);
    }

    @Test
    void filterTheTableByTextAndByType(FxRobot robot) throws Exception {
        robot.clickOn("#filterField").write("camden pct");
        waitFor(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("Camden PCT");
        assertThat(text(robot, "#countLabel")).isEqualTo("1 of " + TestDatabases.LONDON_ORGANISATIONS + " organisations shown");

        // Aliases match too: the short name of the 2006/07 arrangements finds the full name.
        TextField filter = robot.lookup("#filterField").queryAs(TextField.class);
        robot.interact(filter::clear);
        robot.clickOn(filter).write("City & Hackney");
        waitFor(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("City and Hackney Teaching PCT");

        robot.interact(filter::clear);
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationType> typeFilter = robot.lookup("#typeFilter").queryAs(ComboBox.class);
        robot.clickOn(typeFilter);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "Local Commissioning Group".equals(c.getText())).<javafx.scene.Node>query());
        waitFor(() -> table(robot).getItems().size() == 5);
        assertThat(table(robot).getItems()).allMatch(o -> o.type() == OrganisationType.LCG);
    }

    @Test
    void retireAnOrganisationKeepsItMarkedAsRetired(FxRobot robot) throws Exception {
        selectRow(robot, "Queen Mary's Sidcup NHS Trust");
        robot.clickOn("#retireButton");
        DeskWindowFixture.visible(robot, "#retireDate");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("_Retire")).queryButton());
        waitFor(() -> stored("Queen Mary's Sidcup NHS Trust").isRetired());
        waitFor(() -> text(robot, "#retiredLabel").startsWith("Retired on "));
        assertThat(stored("Queen Mary's Sidcup NHS Trust").activeTo()).isEqualTo(java.time.LocalDate.now());

        // Retired organisations are hidden at first (Show retired is off), so it leaves the list, and the
        // form, still showing it, says where it went.
        assertThat(robot.lookup("#showRetiredBox").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        waitFor(() -> table(robot).getItems().size() == TestDatabases.LONDON_ORGANISATIONS - 1);
        assertThat(table(robot).getItems()).noneMatch(o -> o.name().equals("Queen Mary's Sidcup NHS Trust"));
        assertThat(text(robot, "#messageLabel")).endsWith("It is hidden from the list while Show retired is off.");

        // Showing retired organisations brings it back, marked as retired; nothing was deleted.
        robot.clickOn("#showRetiredBox");
        waitFor(() -> table(robot).getItems().size() == TestDatabases.LONDON_ORGANISATIONS);
        assertThat(table(robot).getItems()).anyMatch(o -> o.name().equals("Queen Mary's Sidcup NHS Trust") && o.isRetired());
    }

    @Test
    void aNewOrganisationTheFilterWouldHideIsShownAndTheFilterClearedWithANote(FxRobot robot) throws Exception {
        robot.clickOn("#filterField").write("camden");
        waitFor(() -> table(robot).getItems().size() < 10);
        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("Barnet Council");
        chooseType(robot, OrganisationType.LOCAL_AUTHORITY);
        robot.clickOn("#saveButton");
        waitFor(() -> "Saved Barnet Council. Filter cleared to show it.".equals(text(robot, "#messageLabel")));
        waitFor(() -> table(robot).getItems().size() == TestDatabases.LONDON_ORGANISATIONS + 1);
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).getText()).isEmpty();
        waitFor(() -> selected(robot).equals("Barnet Council"));
    }

    @Test
    void aLocalCommissioningGroupListsItsMemberPctsAndOpensOne(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationType> typeFilter = robot.lookup("#typeFilter").queryAs(ComboBox.class);
        robot.clickOn(typeFilter);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "Local Commissioning Group".equals(c.getText())).<javafx.scene.Node>query());
        waitFor(() -> table(robot).getItems().size() == 5);
        selectRow(robot, "North Central London LCG");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Organisation> members = (javafx.scene.control.ListView<Organisation>)
                DeskWindowFixture.visible(robot, "#memberList");
        waitFor(() -> members.getItems().size() == 5);
        assertThat(members.getItems()).extracting(Organisation::name).containsExactly("Barnet PCT", "Camden PCT",
                "Enfield PCT", "Haringey Teaching PCT", "Islington PCT");
        assertThat(text(robot, "#membersLabel")).isEqualTo("5 members.");

        // Enter on a member opens it, clearing the type filter that would hide it.
        robot.clickOn(robot.lookup("#memberList .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "Camden PCT".equals(c.getText())).<javafx.scene.Node>query());
        robot.type(KeyCode.ENTER);
        waitFor(() -> "Camden PCT".equals(text(robot, "#formTitle")));
        waitFor(() -> "Filter cleared to show Camden PCT.".equals(text(robot, "#messageLabel")));
        assertThat(typeFilter.getValue()).isNull();
        waitFor(() -> selected(robot).equals("Camden PCT"));

        // A trust has no members: the list is not shown.
        selectRow(robot, "Queen Mary's Sidcup NHS Trust");
        waitFor(() -> !robot.lookup("#membersBox").query().isVisible());
    }

    @Test
    void deletingAsksFirstAndIsRefusedForAnOrganisationInUse(FxRobot robot) throws Exception {
        selectRow(robot, "North West London LCG");
        robot.clickOn("#deleteButton");
        DialogPane refused = (DialogPane) DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(refused.getContentText()).contains("cannot be deleted because 8 member organisations refer to it");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        assertThat(stored("North West London LCG")).isNotNull();

        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("Typo Trust");
        chooseType(robot, OrganisationType.NHS_TRUST);
        robot.clickOn("#saveButton");
        waitFor(() -> stored("Typo Trust") != null);
        waitFor(() -> table(robot).getItems().size() == TestDatabases.LONDON_ORGANISATIONS + 1);
        robot.clickOn("#deleteButton");
        DeskWindowFixture.visible(robot, ".dialog-pane");
        // Cancel is the default: a stray Enter does not delete.
        Button cancel = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Cancel")).queryButton();
        Button delete = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete")).queryButton();
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(delete.isDefaultButton()).isFalse();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("Typo Trust")).isNotNull();
        robot.clickOn("#deleteButton");
        DeskWindowFixture.visible(robot, ".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete")).queryButton());
        waitFor(() -> stored("Typo Trust") == null);
        waitFor(() -> table(robot).getItems().size() == TestDatabases.LONDON_ORGANISATIONS);
    }

    @Test
    void savingAPctKeepsItsSectorAndMembership(FxRobot robot) throws Exception {
        selectRow(robot, "Camden PCT");
        robot.clickOn("#notesField").write("Hosts the UCLH contract.");
        robot.clickOn("#saveButton");
        waitFor(() -> "Saved Camden PCT.".equals(text(robot, "#messageLabel")));
        WaitForAsyncUtils.waitForFxEvents();
        // Nothing is left unsaved after a save: no second save is possible, no prompt on leaving.
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<String> sector = robot.lookup("#sectorField").queryAs(ComboBox.class);
        assertThat(sector.getValue()).isEqualTo("North Central London");
        Organisation camden = stored("Camden PCT");
        assertThat(camden.sector()).isEqualTo("North Central London");
        assertThat(camden.notes()).isEqualTo("Hosts the UCLH contract.");
        assertThat(camden.parentId()).isEqualTo(stored("North Central London LCG").id());
    }

    @Test
    void enterInTheFilterDoesNotSaveButCtrlSDoes(FxRobot robot) throws Exception {
        selectRow(robot, "Camden PCT");
        robot.clickOn("#notesField").write("Half-written");
        robot.clickOn("#filterField").write("cam").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("Camden PCT").notes()).isNull();
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();

        // Ctrl+S is the keyboard's way to save.
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> "Half-written".equals(stored("Camden PCT").notes()));
    }

    @Test
    void datesAreTypedTheUkWayAndANonDateIsRefusedNotGuessed(FxRobot robot) throws Exception {
        selectRow(robot, "Camden PCT");
        TextField activeFrom = robot.lookup("#activeFromField").queryAs(javafx.scene.control.DatePicker.class).getEditor();
        robot.clickOn(activeFrom).write("1/4/02");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> java.time.LocalDate.of(2002, 4, 1).equals(stored("Camden PCT").activeFrom()));
        waitFor(() -> "01/04/2002".equals(activeFrom.getText()));

        // In the Retire dialog a date that does not exist is refused on Enter, not turned into today.
        robot.clickOn("#retireButton");
        javafx.scene.control.DatePicker picker = (javafx.scene.control.DatePicker) DeskWindowFixture.visible(robot, "#retireDate");
        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn(picker.getEditor()).write("31/02/2007").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .field-error").queryAs(Label.class).getText())
                .isEqualTo("'31/02/2007' is not a date: write it as 31/03/2007");
        assertThat(picker.getEditor().getText()).isEqualTo("31/02/2007");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("_Retire")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskWindowFixture.showing(picker)).isTrue();
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Cancel")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("Camden PCT").isRetired()).isFalse();
    }
}
