package org.commissioningdesk.app;

import static org.commissioningdesk.app.DeskWindowFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;

import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.specification.Direction;
import org.commissioningdesk.specification.PenaltyKind;
import org.commissioningdesk.specification.QualityRequirement;
import org.commissioningdesk.specification.ReportingFrequency;
import org.commissioningdesk.specification.SpecSection;
import org.commissioningdesk.specification.SpecStatus;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationDetails;
import org.commissioningdesk.specification.SpecificationDraft;
import org.commissioningdesk.specification.SpecificationSummary;
import org.commissioningdesk.specification.SpecificationTemplate;
import org.commissioningdesk.specification.SpecificationsController;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Specifications screen driven as a commissioning manager would, on a database with the London 2006/07 pack. */
class SpecificationsFlowTest extends DeskFlowTest {

    private static final String CARDIOLOGY = "builtin:community-cardiology-primary-pci";

    @BeforeEach
    void openSpecifications() throws Exception {
        try (Services services = TestDatabases.open(folder)) {
            services.starterPacks().apply(StarterPack.LONDON_2006);
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, DeskWindowFixture.location(folder))));
        FxRobot robot = new FxRobot();
        DeskWindowFixture.waitUntilReady(robot);
        // Ctrl+4 is the Go menu's way to the fourth screen.
        robot.clickOn("#rail");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        DeskWindowFixture.visible(robot, "#newFromTemplateButton");
        assertThat(robot.lookup("#rail").queryAs(ListView.class).getSelectionModel().getSelectedItem())
                .hasToString("Specifications");
    }

    /** Types at the end of a text area, as a person clicking into it and carrying on would. */
    private static void typeAtEnd(FxRobot robot, String query, String text) {
        TextArea area = robot.lookup(query).queryAs(TextArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.positionCaret(area.getLength()));
        robot.write(text);
    }

    private List<SpecificationSummary> stored() {
        try (Services services = TestDatabases.open(folder)) {
            return services.specifications().list();
        }
    }

    private SpecificationDetails storedDetails(long id) {
        try (Services services = TestDatabases.open(folder)) {
            return services.specifications().details(id);
        }
    }

    /** A draft that can be agreed: a service description and one quality requirement. */
    /** A specification complete enough to agree, Camden PCT's. */
    private static SpecificationDraft complete(Services services, String title, String area) {
        long camden = services.organisations().list().stream().filter(o -> o.name().equals("Camden PCT")).findFirst()
                .orElseThrow().id();
        return new SpecificationDraft(title, area, camden, null,
                Map.of(SpecSection.SERVICE_DESCRIPTION, "What is provided, by whom and how."), List.of(),
                List.of(new QualityRequirement(null, "Seen within two weeks", new BigDecimal("90"), Direction.AT_LEAST, "%",
                        null, ReportingFrequency.MONTHLY, PenaltyKind.NONE, null, false, null, null)));
    }

    @Test
    void fromTheCardiologyTemplateThroughAgreementToASecondVersionComparedWithTheFirst(FxRobot robot) throws Exception {
        robot.clickOn("#newFromTemplateButton");
        @SuppressWarnings("unchecked")
        ListView<SpecificationTemplate> templates = (ListView<SpecificationTemplate>) DeskWindowFixture.visible(robot, "#templateList");
        waitFor(robot, () -> templates.getItems().stream().anyMatch(t -> t.key().equals(CARDIOLOGY)));
        SpecificationTemplate cardiology = templates.getItems().stream().filter(t -> t.key().equals(CARDIOLOGY))
                .findFirst().orElseThrow();
        robot.interact(() -> templates.getSelectionModel().select(cardiology));
        clickDialogButton(robot, "Use template");
        DeskWindowFixture.visible(robot, "#titleField");
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo(cardiology.content().title());
        assertThat(text(robot, "#statusBadge")).isEqualTo("Not saved yet");

        // A section, with its word count following the typing.
        String words = text(robot, "#words-POPULATION_NEEDS");
        int before = Integer.parseInt(words.substring(0, words.indexOf(' ')));
        typeAtEnd(robot, "#section-POPULATION_NEEDS", " Rates fell.");
        waitFor(robot, () -> text(robot, "#words-POPULATION_NEEDS").equals((before + 2) + " words"));

        // A pathway step, with a wait that is not a whole number of days refused on its field and kept.
        tab(robot, "Care pathway");
        int steps = cardiology.content().pathway().size();
        assertThat(robot.lookup(".pathway-box").queryAll()).hasSize(steps);
        robot.clickOn("#addStepButton");
        robot.clickOn("#stepSettingField").write("GP");
        robot.clickOn("#stepWhatField").write("Review");
        robot.clickOn("#stepWaitField").write("3.5");
        waitFor(robot, () -> text(robot, "#stepWaitError").contains("not a whole number of days"));
        assertThat(robot.lookup("#stepWaitField").queryAs(TextField.class).getText()).isEqualTo("3.5");
        assertThat(robot.lookup("#stepWaitField").queryAs(TextField.class).getStyleClass()).contains("has-error");
        replaceText(robot, "#stepWaitField", "365");
        waitFor(robot, () -> text(robot, "#stepWaitError").isEmpty());
        // The diagram redraws with the new step.
        waitFor(robot, () -> robot.lookup(".pathway-box").queryAll().size() == steps + 1);
        assertThat(robot.lookup(".pathway-wait").queryAllAs(Label.class)).extracting(Label::getText).contains("within 365 days");
        // Every box is whole: the diagram is as tall as its tallest box, and scrolls when the pane is shorter.
        javafx.scene.layout.Region diagram = robot.lookup(".pathway-diagram").queryAs(javafx.scene.layout.Region.class);
        double lowest = robot.lookup(".pathway-box").queryAllAs(javafx.scene.layout.Region.class).stream()
                .mapToDouble(b -> b.getBoundsInParent().getMaxY()).max().orElseThrow();
        assertThat(diagram.getHeight()).isGreaterThanOrEqualTo(lowest);

        // A quality requirement, with a threshold in words refused on its field and nothing saved.
        tab(robot, "Quality requirements");
        int kpis = cardiology.content().quality().size();
        robot.clickOn("#addKpiButton");
        robot.clickOn("#kpiIndicatorField").write("Rehab");
        robot.clickOn("#kpiThresholdField").write("ninety");
        robot.clickOn("#kpiUnitField").write("%");
        waitFor(robot, () -> text(robot, "#kpiThresholdError").equals("'ninety' is not a number: write it as 97, 97.5 or 1,250"));
        assertThat(robot.lookup("#kpiThresholdField").queryAs(TextField.class).getStyleClass()).contains("has-error");
        robot.clickOn("#saveButton");
        waitFor(robot, () -> text(robot, "#messageLabel").startsWith("Not saved"));
        assertThat(robot.lookup("#kpiThresholdField").queryAs(TextField.class).getText()).isEqualTo("ninety");
        assertThat(stored()).isEmpty();
        replaceText(robot, "#kpiThresholdField", "85");
        waitFor(robot, () -> text(robot, "#kpiThresholdError").isEmpty());

        robot.clickOn("#saveButton");
        waitFor(robot, () -> text(robot, "#statusBadge").equals("Version 1 · Draft"));
        List<SpecificationSummary> saved = stored();
        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.steps()).isEqualTo(steps + 1);
            assertThat(s.kpis()).isEqualTo(kpis + 1);
        });
        long v1 = saved.get(0).id();
        Specification first = storedDetails(v1).specification();
        assertThat(first.content().section(SpecSection.POPULATION_NEEDS)).endsWith("Rates fell.");
        assertThat(first.content().pathway().get(steps).maxWaitDays()).isEqualTo(365);
        assertThat(first.content().quality().get(kpis).threshold()).isEqualByComparingTo("85");
        assertThat(storedDetails(v1).statusChanges().get(0).note()).isEqualTo("From the template '" + cardiology.name() + "'");

        // Agreeing needs the commissioner who agrees it: asked before the note is typed, on the field.
        robot.clickOn("#agreeButton");
        waitFor(robot, () -> text(robot, "#messageLabel").equals("Not ready to agree: Choose the commissioner who agrees it."));
        assertThat(text(robot, "#commissionerError")).isEqualTo("Choose the commissioner who agrees it");
        assertThat(robot.lookup("#agreeNoteField").tryQuery()).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> commissioner = robot.lookup("#commissionerField").queryAs(ComboBox.class);
        robot.interact(() -> commissioner.setValue(commissioner.getItems().stream()
                .filter(o -> o.name().equals("Camden PCT")).findFirst().orElseThrow()));
        assertThat(text(robot, "#commissionerError")).isEmpty();
        robot.clickOn("#saveButton");
        waitFor(robot, () -> text(robot, "#messageLabel").startsWith("Saved") && disabled(robot, "#saveButton"));

        // Agree it: read-only everywhere.
        robot.clickOn("#agreeButton");
        DeskWindowFixture.visible(robot, "#agreeNoteField");
        robot.clickOn("#agreeNoteField").write("At the meeting");
        clickDialogButton(robot, "Agree");
        waitFor(robot, () -> text(robot, "#statusBadge").equals("Version 1 · Agreed"));
        assertThat(text(robot, "#readOnlyLabel")).isEqualTo("Agreed on 14/03/2007. It is read-only: make a new version to change it.");
        assertThat(editable(robot, "#titleField")).isFalse();
        assertThat(editable(robot, "#section-AIMS")).isFalse();
        assertThat(DeskWindowFixture.showing(robot.lookup("#rendered-AIMS").query())).isTrue();
        assertThat(disabled(robot, "#saveButton")).isTrue();
        assertThat(disabled(robot, "#serviceAreaField")).isTrue();
        tab(robot, "Care pathway");
        assertThat(disabled(robot, "#addStepButton")).isTrue();
        assertThat(editable(robot, "#stepWaitField")).isFalse();
        SpecificationDetails agreed = storedDetails(v1);
        assertThat(agreed.specification().status()).isEqualTo(SpecStatus.AGREED);
        assertThat(agreed.statusChanges()).last().satisfies(c -> assertThat(c.note()).isEqualTo("At the meeting"));

        // A second version, changed and saved.
        robot.clickOn("#editorNewVersionButton");
        // The badge changes as the new version arrives, a moment before the form is filled and unlocked.
        waitFor(robot, () -> text(robot, "#statusBadge").equals("Version 2 · Draft") && editable(robot, "#titleField"));
        tab(robot, "Sections");
        typeAtEnd(robot, "#section-POPULATION_NEEDS", " Reviewed.");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(robot, () -> text(robot, "#messageLabel").endsWith("v2.") && disabled(robot, "#saveButton"));
        assertThat(stored()).hasSize(2);

        // Compare version 1 with version 2.
        tab(robot, "Versions and history");
        @SuppressWarnings("unchecked")
        ComboBox<SpecificationSummary> with = robot.lookup("#compareWithField").queryAs(ComboBox.class);
        assertThat(with.getValue().version()).isEqualTo(1);
        robot.clickOn("#compareButton");
        // The comparison is read in the background; the pane shows when it has arrived.
        DeskWindowFixture.visible(robot, "#comparePane");
        assertThat(text(robot, "#compareSummary")).isEqualTo("1 of 14 parts changed between v1 and v2");
        Node population = robot.lookup("#comparePart1").query();
        assertThat(population.getStyleClass()).contains("changed");
        assertThat(robot.from(population).lookup(".diff-added").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("Reviewed"));
        Node outcomes = robot.lookup("#comparePart2").query();
        assertThat(outcomes.getStyleClass()).contains("unchanged");
        assertThat(robot.from(outcomes).lookup(".compare-same-marker").queryAs(Label.class).getText()).isEqualTo("no change");
        assertThat(robot.from(outcomes).lookup(".diff-added").queryAll()).isEmpty();
        // Where a version is in the workflow is not a difference in what it says.
        Node header = robot.lookup("#comparePart0").query();
        assertThat(header.getStyleClass()).contains("unchanged");

        robot.clickOn("#compareBackButton");
        DeskWindowFixture.visible(robot, "#editPane");
        assertThat(text(robot, "#statusBadge")).isEqualTo("Version 2 · Draft");
    }

    @Test
    void findSearchesTheSpecificationsTextAndSaysWhenNothingMatches(FxRobot robot) throws Exception {
        try (Services services = TestDatabases.open(folder)) {
            var specs = services.specifications();
            SpecificationDraft pci = complete(services, "Primary PCI for heart attack", "Acute");
            specs.create(new SpecificationDraft(pci.title(), pci.serviceArea(), pci.commissionerId(), null,
                    Map.of(SpecSection.SERVICE_DESCRIPTION, "Angioplasty within 150 minutes of the call for help"
                            + " (call to balloon)."), List.of(), pci.quality()));
            specs.create(complete(services, "Community mental health", "Mental health"));
        }
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) -> "Dashboard".equals(c.getText())).<Node>query());
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) -> "Specifications".equals(c.getText())).<Node>query());
        @SuppressWarnings("unchecked")
        TreeTableView<SpecificationsController.Row> tree = (TreeTableView<SpecificationsController.Row>) DeskWindowFixture.visible(robot, "#tree");
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 2);

        // Words that are only in a section of the text find the specification, as spec list --text does.
        robot.clickOn("#textFilter").write("call to balloon");
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 1);
        assertThat(tree.getRoot().getChildren().get(0).getValue().summary().title()).isEqualTo("Primary PCI for heart attack");
        assertThat(text(robot, "#countLabel")).isEqualTo("1 specification, 1 version shown");

        robot.write(" and more");
        waitFor(robot, () -> tree.getRoot().getChildren().isEmpty());
        Label empty = (Label) DeskWindowFixture.visible(robot, "#placeholderLabel");
        waitFor(robot, () -> empty.getText().equals("No specification matches “call to balloon and more”. Show all"
                + " clears the filters."));
        assertThat(text(robot, "#countLabel")).isEqualTo("0 specifications, 0 versions shown");
        robot.clickOn("#clearFiltersButton");
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 2);
    }

    @Test
    void theLibraryFiltersByTextAndStatusAndOpensAnAgreedVersionReadOnly(FxRobot robot) throws Exception {
        try (Services services = TestDatabases.open(folder)) {
            var specs = services.specifications();
            Specification pci = specs.create(complete(services, "Primary PCI for heart attack", "Acute"));
            specs.agree(pci.id(), null);
            specs.newVersion(pci.id());
            specs.create(complete(services, "Community mental health", "Mental health"));
        }
        // Showing the screen again reads the library again.
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) -> "Dashboard".equals(c.getText())).<Node>query());
        robot.clickOn(robot.lookup(".rail-list .list-cell").match((ListCell<?> c) -> "Specifications".equals(c.getText())).<Node>query());
        @SuppressWarnings("unchecked")
        TreeTableView<SpecificationsController.Row> tree = (TreeTableView<SpecificationsController.Row>) DeskWindowFixture.visible(robot, "#tree");
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 2);
        assertThat(text(robot, "#countLabel")).isEqualTo("2 specifications, 3 versions shown");

        robot.clickOn("#textFilter").write("mental");
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 1);
        assertThat(tree.getRoot().getChildren().get(0).getValue().summary().title()).isEqualTo("Community mental health");
        assertThat(text(robot, "#countLabel")).isEqualTo("1 specification, 1 version shown");
        robot.clickOn("#clearFiltersButton");
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 2);

        // On a 1024x768 screen the status is shown whole; names give way, and show whole on hover.
        double width = stage.getWidth();
        double height = stage.getHeight();
        DeskWindowFixture.resize(robot, stage, 1024, 768);
        waitFor(robot, () -> stage.getScene().getWidth() <= 1024);
        assertThat(DeskWindowFixture.cutCells(robot, "#tree", "Status")).isEmpty();
        DeskWindowFixture.resize(robot, stage, width, height);

        @SuppressWarnings("unchecked")
        ComboBox<SpecStatus> status = robot.lookup("#statusFilter").queryAs(ComboBox.class);
        robot.clickOn(status);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "Agreed".equals(c.getText()))
                .<Node>query());
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 1);
        TreeItem<SpecificationsController.Row> pci = tree.getRoot().getChildren().get(0);
        assertThat(pci.getValue().versionCount()).isEqualTo(2);
        assertThat(pci.isExpanded()).isTrue();
        assertThat(pci.getChildren()).singleElement().satisfies(v -> assertThat(v.getValue().summary().version()).isEqualTo(1));
        assertThat(text(robot, "#countLabel")).isEqualTo("1 specification, 1 version shown");

        // The agreed version opens read-only; a new version cannot be made from it while version 2 is a draft.
        TreeItem<SpecificationsController.Row> agreed = pci.getChildren().get(0);
        robot.clickOn(robot.lookup("#tree .tree-table-row-cell").match((TreeTableRow<?> r) -> r.getTreeItem() == agreed)
                .<Node>query());
        assertThat(disabled(robot, "#newVersionButton")).isTrue();
        assertThat(disabled(robot, "#deleteButton")).isTrue();
        robot.type(KeyCode.ENTER);
        waitFor(robot, () -> DeskWindowFixture.showing(robot.lookup("#titleField").query())
                && "Version 1 · Agreed".equals(text(robot, "#statusBadge")));
        assertThat(editable(robot, "#titleField")).isFalse();
        assertThat(disabled(robot, "#saveButton")).isTrue();
        assertThat(disabled(robot, "#agreeButton")).isTrue();
        assertThat(text(robot, "#readOnlyLabel")).startsWith("Agreed on 14/03/2007.");

        // Back in the library, Delete on the draft asks first, with Cancel as the default.
        robot.clickOn("#backButton");
        DeskWindowFixture.visible(robot, "#tree");
        robot.clickOn("#clearFiltersButton");
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 2);
        TreeItem<SpecificationsController.Row> mental = tree.getRoot().getChildren().get(0);
        robot.clickOn(robot.lookup("#tree .tree-table-row-cell").match((TreeTableRow<?> r) -> r.getTreeItem() == mental)
                .<Node>query());
        robot.type(KeyCode.DELETE);
        waitFor(robot, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton().getText())
                .isEqualTo("Cancel");
        clickDialogButton(robot, "Delete draft");
        waitFor(robot, () -> tree.getRoot().getChildren().size() == 1);
        assertThat(stored()).extracting(SpecificationSummary::title).containsOnly("Primary PCI for heart attack");

        // Leaving with unsaved edits asks first, and staying keeps them.
        robot.clickOn("#newButton");
        robot.clickOn("#titleField").write("Islington");
        goTo(robot, "Organisations");
        clickDialogButton(robot, "Cancel");
        assertThat(DeskWindowFixture.showing(robot.lookup("#titleField").query())).isTrue();
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo("Islington");
        robot.clickOn("#backButton");
        clickDialogButton(robot, "Don't save");
        DeskWindowFixture.visible(robot, "#listPane");
        assertThat(stored()).hasSize(2);

        // Save on the way out: with a problem it stays and shows it; once it can be saved, it is saved, then left.
        robot.clickOn("#newButton");
        robot.clickOn("#titleField").write("Islington");
        goTo(robot, "Organisations");
        clickDialogButton(robot, "Save");
        waitFor(robot, () -> text(robot, "#messageLabel").startsWith("Not saved"));
        assertThat(DeskWindowFixture.showing(robot.lookup("#titleField").query())).isTrue();
        robot.clickOn("#serviceAreaField").write("Cardiology");
        goTo(robot, "Organisations");
        clickDialogButton(robot, "Save");
        waitFor(robot, () -> stored().size() == 3 && robot.lookup("#showRetiredBox").tryQuery()
                .map(DeskWindowFixture::showing).orElse(false));
        assertThat(stored()).extracting(SpecificationSummary::title).contains("Islington");
    }

}
