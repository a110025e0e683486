package org.commissioningdesk.app;

import static org.commissioningdesk.app.DeskWindowFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.ConsultationPeriod;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusDetails;
import org.commissioningdesk.prospectus.ProspectusStatus;
import org.commissioningdesk.prospectus.ProspectusSummary;
import org.commissioningdesk.prospectus.SourceType;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Prospectuses screen driven as a director would, on a database with the London 2006/07 pack. */
class ProspectusesFlowTest extends DeskFlowTest {

    @BeforeEach
    void openProspectuses() throws Exception {
        try (Services services = TestDatabases.open(folder)) {
            services.starterPacks().apply(StarterPack.LONDON_2006);
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, DeskWindowFixture.location(folder))));
        FxRobot robot = new FxRobot();
        DeskWindowFixture.waitUntilReady(robot);
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) ->
                "Prospectuses".equals(c.getText())).<Node>query());
        DeskWindowFixture.visible(robot, "#newButton");
    }

    /** The owner list is long: type part of the name to narrow it, then choose, as a person would. */
    @SuppressWarnings("unchecked")
    private static void chooseOwner(FxRobot robot, String name) throws Exception {
        ComboBox<Organisation> owner = robot.lookup("#ownerField").queryAs(ComboBox.class);
        waitFor(() -> owner.getItems().stream().anyMatch(o -> o.name().equals(name)));
        choose(robot, "#ownerField", name);
        assertThat(owner.getValue().name()).isEqualTo(name);
    }

    @SuppressWarnings("unchecked")
    private static <T> void setCombo(FxRobot robot, String query, T value) {
        ComboBox<T> combo = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(value));
    }

    private List<ProspectusSummary> stored() {
        try (Services services = TestDatabases.open(folder)) {
            return services.prospectuses().list();
        }
    }

    private ProspectusDetails storedDetails(long id) {
        try (Services services = TestDatabases.open(folder)) {
            return services.prospectuses().details(id);
        }
    }

    private static void addPriority(FxRobot robot, String title, String area, ChangeType change, String firstYearMoney,
                                     String indicator, String target) {
        robot.clickOn("#addPriorityButton");
        DeskWindowFixture.clickInView(robot, "#priorityTitleField");
        robot.write(title);
        robot.clickOn(robot.lookup("#serviceAreaField").queryAs(ComboBox.class).getEditor()).write(area);
        choose(robot, "#changeTypeField", change.label());
        DeskWindowFixture.clickInView(robot, "#amount0");
        robot.write(firstYearMoney);
        DeskWindowFixture.clickInView(robot, "#addOutcomeButton");
        // Adding an outcome moves the focus to its indicator once the row is built: wait for that, so a
        // late focus move can never take the keys meant for the target.
        waitForUnchecked(() -> robot.lookup("#outcomeIndicator0").queryAs(TextField.class).isFocused());
        robot.write(indicator);
        waitForUnchecked(() -> indicator.equals(robot.lookup("#outcomeIndicator0").queryAs(TextField.class).getText()));
        // Tab on to the target, as a person would: the form scrolls to keep it in view (it may start below
        // the fold), then it can be typed into.
        TextField targetField = robot.lookup("#outcomeTarget0").queryAs(TextField.class);
        robot.interact(targetField::requestFocus);
        waitForUnchecked(targetField::isFocused);
        robot.clickOn(targetField);
        robot.write(target);
        waitForUnchecked(() -> target.equals(robot.lookup("#outcomeTarget0").queryAs(TextField.class).getText()));
    }

    private static void waitForUnchecked(Callable<Boolean> condition) {
        try {
            waitFor(condition);
        } catch (Exception e) {
            throw new AssertionError("Timed out waiting for the outcome fields", e);
        }
    }

    @Test
    void createPrioritiseConsultApproveAndPublish(FxRobot robot) throws Exception {
        robot.clickOn("#newButton");
        chooseOwner(robot, "Camden PCT");
        robot.clickOn("#titleField").write("Camden Commissioning Prospectus 2007/08");
        setCombo(robot, "#firstYearField", FinancialYear.parse("2007/08"));
        assertThat(text(robot, "#levelLabel")).isEqualTo("PCT");

        tab(robot, "Priorities");
        addPriority(robot, "Primary angioplasty for heart attack", "Acute", ChangeType.INVEST, "12.345",
                "Heart attack patients treated within 150 minutes", "90");

        // Money with fractions of a penny is refused where it was typed, and nothing is saved.
        waitFor(() -> text(robot, "#amountError").contains("two decimal places"));
        assertThat(robot.lookup("#amount0").queryAs(TextField.class).getStyleClass()).contains("has-error");
        robot.clickOn("#saveButton");
        waitFor(() -> text(robot, "#messageLabel").startsWith("Not saved"));
        assertThat(stored()).isEmpty();
        replaceText(robot, "#amount0", "250,000");
        waitFor(() -> text(robot, "#amountError").isEmpty());

        addPriority(robot, "Stroke units for every borough", "Acute", ChangeType.REDESIGN, "-40,000.50",
                "Stroke patients spending 90% of their stay on a stroke unit", "80");
        @SuppressWarnings("unchecked")
        TableView<Object> priorities = robot.lookup("#priorityTable").queryAs(TableView.class);
        assertThat(priorities.getItems()).hasSize(2);

        // Reorder: the stroke priority up with the button, then down and up again from the keyboard.
        robot.clickOn("#upButton");
        assertThat(priorityTitles(robot)).containsExactly("Stroke units for every borough", "Primary angioplasty for heart attack");
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        assertThat(priorityTitles(robot)).containsExactly("Primary angioplasty for heart attack", "Stroke units for every borough");
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        assertThat(priorityTitles(robot)).containsExactly("Stroke units for every borough", "Primary angioplasty for heart attack");

        tab(robot, "Finance");
        @SuppressWarnings("unchecked")
        TableView<org.commissioningdesk.prospectus.ProspectusFinance.YearLine> years =
                robot.lookup("#yearTable").queryAs(TableView.class);
        assertThat(years.getItems()).hasSize(4);
        assertThat(years.getItems().get(0).investment()).isEqualByComparingTo("250000.00");
        assertThat(years.getItems().get(0).disinvestment()).isEqualByComparingTo("-40000.50");
        assertThat(years.getItems().get(3).net()).isEqualByComparingTo("209999.50");

        tab(robot, "Consultation");
        robot.clickOn("#addResponseButton");
        choose(robot, "#sourceField", SourceType.PATIENT.label());
        robot.clickOn("#respondentField").write("Camden LINk");
        choose(robot, "#responsePriorityField", "Primary angioplasty for heart attack");
        robot.clickOn("#responseSummaryField").write("Asked how patients in Kentish Town will reach the heart attack centre.");
        assertThat(text(robot, "#consultationCounts")).contains("1 response received").contains("1 unanswered");

        robot.clickOn("#saveButton");
        waitFor(robot, () -> text(robot, "#statusBadge").equals("Version 1 · Draft"));
        List<ProspectusSummary> saved = stored();
        assertThat(saved).hasSize(1);
        long id = saved.get(0).id();
        Prospectus p = storedDetails(id).prospectus();
        assertThat(p.priorities()).extracting(pr -> pr.title())
                .containsExactly("Stroke units for every borough", "Primary angioplasty for heart attack");
        assertThat(p.priorities().get(1).amount(0)).isEqualTo(new BigDecimal("250000.00"));
        assertThat(p.priorities().get(0).amount(0)).isEqualTo(new BigDecimal("-40000.50"));
        assertThat(p.priorities().get(1).outcomes()).singleElement()
                .satisfies(o -> assertThat(o.targetYear()).isEqualTo(FinancialYear.parse("2009/10")));
        assertThat(p.consultation()).singleElement().satisfies(r -> {
            assertThat(r.priorityKey()).isEqualTo(p.priorities().get(1).key());
            assertThat(r.answered()).isFalse();
        });

        // The workflow: consultation, Board approval with a response unanswered, publication.
        // The consultation's dates are entered: it ran from January and closed before today (14/03/2007).
        robot.clickOn("#consultButton");
        replaceText(robot, "#consultationOpenedField .text-field", "08/01/2007");
        replaceText(robot, "#consultationClosesField .text-field", "01/03/2007");
        clickDialogButton(robot, "Send out");
        waitFor(robot, () -> text(robot, "#statusBadge").endsWith("Out for consultation"));
        assertThat(storedDetails(id).prospectus().consultationPeriod()).isEqualTo(new ConsultationPeriod(
                java.time.LocalDate.of(2007, 1, 8), java.time.LocalDate.of(2007, 3, 1)));

        // A response received after the close is logged only once the person says so.
        tab(robot, "Consultation");
        waitFor(robot, () -> text(robot, "#consultationCounts").startsWith("Open from 08/01/2007 to 01/03/2007"));
        @SuppressWarnings("unchecked")
        TableView<Object> responses = robot.lookup("#responseTable").queryAs(TableView.class);
        robot.clickOn("#addResponseButton");
        clickDialogButton(robot, "Cancel");
        assertThat(responses.getItems()).hasSize(1);
        robot.clickOn("#addResponseButton");
        clickDialogButton(robot, "Log late response");
        waitFor(robot, () -> responses.getItems().size() == 2);
        robot.clickOn("#discardButton");
        clickDialogButton(robot, "Discard changes");
        waitFor(robot, () -> responses.getItems().size() == 1);

        // A refusal shows inside the dialog, which stays open with what was typed.
        robot.clickOn("#approveButton");
        replaceText(robot, "#boardDateField .text-field", "20/12/2006");
        clickDialogButton(robot, "Record approval");
        waitFor(robot, () -> text(robot, "#stepProblem").contains("cannot be before the consultation opened (08/01/2007)"));
        // In the window's red, as a refusal under a field is: the dialog has the window's look.
        assertThat(robot.lookup("#stepProblem").queryAs(Label.class).getTextFill())
                .isEqualTo(javafx.scene.paint.Color.web("#b00020"));
        replaceText(robot, "#boardDateField .text-field", "14/03/2007");
        clickDialogButton(robot, "Record approval");
        waitFor(robot, () -> text(robot, "#stepProblem").contains("1 consultation response is not answered yet"));
        assertThat(text(robot, "#statusBadge")).endsWith("Out for consultation");
        robot.clickOn("#acceptUnansweredField");
        clickDialogButton(robot, "Record approval");
        waitFor(robot, () -> text(robot, "#statusBadge").endsWith("Board approved"));
        assertThat(text(robot, "#readOnlyLabel")).contains("Approved by the Board on 14/03/2007");
        robot.clickOn("#publishButton");
        clickDialogButton(robot, "Publish");
        waitFor(robot, () -> text(robot, "#statusBadge").equals("Version 1 · Published"));

        // Published is read-only on screen and in the database.
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#addPriorityButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#editorNewVersionButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(text(robot, "#readOnlyLabel")).contains("read-only");
        ProspectusDetails published = storedDetails(id);
        assertThat(published.prospectus().status()).isEqualTo(ProspectusStatus.PUBLISHED);
        assertThat(published.statusChanges()).extracting(c -> c.to()).containsExactly(ProspectusStatus.DRAFT,
                ProspectusStatus.CONSULTATION, ProspectusStatus.BOARD_APPROVED, ProspectusStatus.PUBLISHED);
        assertThat(published.statusChanges().get(2).note()).contains("1 consultation response unanswered");
        assertThat(published.statusChanges()).allSatisfy(c -> assertThat(c.by()).isEqualTo(TestDatabases.USER.name()));

        tab(robot, "History");
        @SuppressWarnings("unchecked")
        TableView<Object> changes = robot.lookup("#changeTable").queryAs(TableView.class);
        assertThat(changes.getItems()).hasSize(4);

        robot.clickOn("#backButton");
        @SuppressWarnings("unchecked")
        TableView<ProspectusSummary> list = robot.lookup("#table").queryAs(TableView.class);
        waitFor(() -> list.getItems().size() == 1 && list.getItems().get(0).status() == ProspectusStatus.PUBLISHED);
        assertThat(list.getItems().get(0).priorityCount()).isEqualTo(2);
        assertThat(list.getItems().get(0).netInvestment()).isEqualByComparingTo("209999.50");
    }

    @SuppressWarnings("unchecked")
    private static List<String> priorityTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.commissioningdesk.prospectus.PriorityForm> table = robot.lookup("#priorityTable").queryAs(TableView.class);
        return table.getItems().stream().map(f -> f.titleProperty().get()).toList();
    }

    @Test
    void aPctProspectusShowsTheLondonWideAndSectorPrioritiesItInheritsReadOnly(FxRobot robot) throws Exception {
        try (Services services = TestDatabases.open(folder)) {
            services.demo().apply();
        }
        // Showing the screen again reads the list again.
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) -> "Dashboard".equals(c.getText())).<Node>query());
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) -> "Prospectuses".equals(c.getText())).<Node>query());
        @SuppressWarnings("unchecked")
        TableView<ProspectusSummary> list = (TableView<ProspectusSummary>) DeskWindowFixture.visible(robot, "#table");
        waitFor(() -> list.getItems().size() == 3);
        ProspectusSummary towerHamlets = list.getItems().stream().filter(p -> p.ownerName().equals("Tower Hamlets PCT"))
                .findFirst().orElseThrow();
        robot.doubleClickOn(robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == towerHamlets).<Node>query());
        waitFor(() -> text(robot, "#statusBadge").equals("Version 1 · Out for consultation"));

        tab(robot, "Priorities");
        @SuppressWarnings("unchecked")
        TableView<org.commissioningdesk.prospectus.InheritedPriority> inherited =
                robot.lookup("#inheritedTable").queryAs(TableView.class);
        waitFor(() -> inherited.getItems().size() == 7);
        assertThat(inherited.getItems()).extracting(i -> i.ownerName()).containsOnly("London Commissioning Group",
                "North East London LCG");
        assertThat(inherited.isEditable()).isFalse();
        assertThat(text(robot, "#inheritedTitle")).isEqualTo("Inherited priorities (7, read-only)");
        // Its own priorities are not mixed with the inherited ones, and the inherited ones open read-only.
        assertThat(priorityTitles(robot)).hasSize(5);
        robot.doubleClickOn(robot.lookup("#inheritedTable .table-row-cell").<Node>query());
        DeskWindowFixture.visible(robot, ".dialog-pane");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("From London-wide Commissioning Prospectus 2007/08").contains("read-only here");
        clickDialogButton(robot, "OK");

        // On a 1024x768 screen, money and dates are shown whole; only text columns give way.
        DeskWindowFixture.resize(robot, stage, 1024, 768);
        waitFor(() -> stage.getScene().getWidth() <= 1024);
        assertThat(DeskWindowFixture.cutCells(robot, "#priorityTable", "Cycle total")).isEmpty();
        tab(robot, "Consultation");
        waitFor(() -> robot.lookup("#responseTable .table-row-cell").queryAll().size() > 1);
        assertThat(DeskWindowFixture.cutCells(robot, "#responseTable", "Received")).isEmpty();
        assertThat(DeskWindowFixture.cutCells(robot, "#responseTable", "Answered")).isEmpty();
    }

    @Test
    void aPriorityIsLinkedToTheSpecificationThatDeliversIt(FxRobot robot) throws Exception {
        long seriesId;
        try (Services services = TestDatabases.open(folder)) {
            seriesId = services.specifications().create(new org.commissioningdesk.specification.SpecificationDraft(
                    "Primary angioplasty for heart attack", "Acute", null, null, java.util.Map.of(), List.of(),
                    List.of())).seriesId();
        }
        robot.clickOn("#newButton");
        chooseOwner(robot, "Camden PCT");
        robot.clickOn("#titleField").write("Camden Commissioning Prospectus 2007/08");
        tab(robot, "Priorities");
        addPriority(robot, "Primary angioplasty for heart attack", "Acute", ChangeType.INVEST, "250,000",
                "Heart attack patients treated within 150 minutes", "90");
        assertThat(robot.lookup("#linkSpecificationButton").queryAs(Button.class).isDisabled()).isTrue();
        choose(robot, "#linkSpecificationField", "Primary angioplasty for heart attack (v1, Draft)");
        DeskWindowFixture.clickInView(robot, "#linkSpecificationButton");
        waitFor(() -> robot.lookup("#linkedSpecificationsBox .linked-specification").tryQuery().isPresent());
        assertThat(robot.lookup("#linkedSpecificationsBox .linked-specification").queryAs(Label.class).getText())
                .isEqualTo("Primary angioplasty for heart attack (v1, Draft)");

        robot.clickOn("#saveButton");
        waitFor(robot, () -> text(robot, "#statusBadge").equals("Version 1 · Draft"));
        Prospectus saved = storedDetails(stored().get(0).id()).prospectus();
        assertThat(saved.priorities().get(0).specificationIds()).containsExactly(seriesId);

        // Unlinking is an edit like any other: saved with the rest. The saved prospectus fills the form
        // again, so the link's button is waited for rather than assumed (under load it comes a pulse later).
        waitFor(() -> robot.lookup("#linkedSpecificationsBox .button").tryQuery().isPresent());
        DeskWindowFixture.clickInView(robot, "#linkedSpecificationsBox .button");
        waitFor(() -> robot.lookup("#linkedSpecificationsBox .linked-specification").tryQuery().isEmpty());
        robot.clickOn("#saveButton");
        waitFor(robot, () -> text(robot, "#messageLabel").startsWith("Saved"));
        assertThat(storedDetails(saved.id()).prospectus().priorities().get(0).specificationIds()).isEmpty();
    }

    @Test
    void leavingWithUnsavedEditsAsksFirst(FxRobot robot) throws Exception {
        robot.clickOn("#newButton");
        robot.clickOn("#titleField").write("Islington prospectus");
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) ->
                "Organisations".equals(c.getText())).<Node>query());
        clickDialogButton(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskWindowFixture.showing(robot.lookup("#titleField").query())).isTrue();
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo("Islington prospectus");

        robot.clickOn("#backButton");
        clickDialogButton(robot, "Don't save");
        DeskWindowFixture.visible(robot, "#newButton");
        assertThat(stored()).isEmpty();

        // Discarding on the way to another screen discards too: coming back shows the list, not the edits.
        robot.clickOn("#newButton");
        robot.clickOn("#titleField").write("Hackney prospectus");
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) ->
                "Organisations".equals(c.getText())).<Node>query());
        clickDialogButton(robot, "Don't save");
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) ->
                "Prospectuses".equals(c.getText())).<Node>query());
        DeskWindowFixture.visible(robot, "#newButton");
        assertThat(robot.lookup("#editor").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(stored()).isEmpty();
    }
}
