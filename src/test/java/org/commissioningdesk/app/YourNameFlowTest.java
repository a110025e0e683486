package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commissioningdesk.app.DeskWindowFixture.*;

import java.math.BigDecimal;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.editor.HistoryTab;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.OutcomeMeasure;
import org.commissioningdesk.prospectus.Priority;
import org.commissioningdesk.prospectus.ProspectusDraft;
import org.commissioningdesk.prospectus.ProspectusSummary;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Your name…, then an edit: the History tab tells it under the new name, in plain words, beside the
 * change made before under the old one.
 */
class YourNameFlowTest extends DeskFlowTest {

    @BeforeEach
    void openWithAProspectusMadeByAnother() throws Exception {
        try (Services services = TestDatabases.open(folder)) {
            services.starterPacks().apply(StarterPack.LONDON_2006);
            long camden = services.organisations().list().stream().filter(o -> o.name().equals("Camden PCT"))
                    .findFirst().orElseThrow().id();
            Priority stroke = new Priority(null, "Stroke units for every borough", "Acute", ChangeType.REDESIGN, null,
                    List.of(), List.of(new OutcomeMeasure("Stroke patients on a stroke unit", "%", null,
                    new BigDecimal("80"), FinancialYear.parse("2007/08"))), null, null, List.of());
            services.prospectuses().create(new ProspectusDraft(camden, "Camden 2007/08", FinancialYear.parse("2007/08"),
                    1, null, null, null, List.of(stroke), List.of()));
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, location(folder))));
        waitUntilReady(new FxRobot());
    }

    @Test
    void changesAfterRenamingAreToldUnderTheNewNameInPlainWords(FxRobot robot) throws Exception {
        fileMenu(robot, "Your name…");
        TextField name = (TextField) visible(robot, "#yourNameField");
        assertThat(name.getText()).isEqualTo(TestDatabases.USER.name());

        // A blank name is refused in the dialog, which stays open.
        robot.interact(name::clear);
        clickDialogButton(robot, "Save");
        assertThat(text(robot, "#yourNameError")).isEqualTo("Give the name your changes should be recorded under.");
        robot.clickOn(name).write("Jane Smith");
        clickDialogButton(robot, "Save");
        waitFor(robot, () -> DeskWindowFixture.status(robot).equals("Your changes are now recorded as Jane Smith."));
        assertThat(fixture.user.name()).isEqualTo("Jane Smith");

        goTo(robot, "Prospectuses");
        @SuppressWarnings("unchecked")
        TableView<ProspectusSummary> list = (TableView<ProspectusSummary>) visible(robot, "#table");
        waitFor(() -> list.getItems().size() == 1);
        robot.doubleClickOn(robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() != null).<Node>query());
        waitFor(robot, () -> text(robot, "#statusBadge").equals("Version 1 · Draft"));
        replaceText(robot, "#titleField", "Camden Commissioning Prospectus 2007/08");
        robot.clickOn("#saveButton");
        // Consulting waits for nothing to be unsaved.
        waitFor(robot, () -> !disabled(robot, "#consultButton"));
        robot.clickOn("#consultButton");
        clickDialogButton(robot, "Send out");
        waitFor(robot, () -> text(robot, "#statusBadge").endsWith("Out for consultation"));

        tab(robot, "History");
        waitFor(robot, () -> text(robot, "#auditTitle").equals("Changes (3)"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.commissioningdesk.persistence.AuditEntry> changes =
                robot.lookup("#auditList").queryAs(javafx.scene.control.ListView.class);
        assertThat(changes.getItems()).extracting(org.commissioningdesk.persistence.AuditEntry::line).containsExactly(
                "14/03/2007 10:15  test.director  Created the prospectus.",
                "14/03/2007 10:15  Jane Smith  Changed the title from “Camden 2007/08” to “Camden Commissioning"
                        + " Prospectus 2007/08”.",
                "14/03/2007 10:15  Jane Smith  Put version 1 out for consultation.");
        // A change chosen is read whole only then, in words.
        assertThat(text(robot, "#auditDetails")).isEqualTo("Choose a change to see everything it did.");
        robot.interact(() -> changes.getSelectionModel().select(1));
        waitFor(robot, () -> text(robot, "#auditDetails").equals("Changed the title from “Camden 2007/08” to"
                + " “Camden Commissioning Prospectus 2007/08”."));
        @SuppressWarnings("unchecked")
        TableView<HistoryTab.Change> steps = robot.lookup("#changeTable").queryAs(TableView.class);
        assertThat(steps.getItems()).extracting(HistoryTab.Change::by).containsExactly("test.director", "Jane Smith");
    }
}
