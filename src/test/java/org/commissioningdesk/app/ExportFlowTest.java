package org.commissioningdesk.app;

import static org.commissioningdesk.app.DeskWindowFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.export.BoardPaper;
import org.commissioningdesk.prospectus.ProspectusSummary;
import org.commissioningdesk.testing.Readers;
import org.commissioningdesk.testing.TestDatabases;

/** Exporting from the window, as a director would: a prospectus as a Board paper, and a register to Excel. */
class ExportFlowTest extends DeskFlowTest {

    @BeforeEach
    void openWindow() throws Exception {
        Files.deleteIfExists(AppPaths.userDataFolder().resolve("board-papers.json"));
        TestDatabases.createLondon(TestDatabases.location(folder), true);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, DeskWindowFixture.location(folder))));
        DeskWindowFixture.waitUntilReady(new FxRobot());
    }

    private static void type(FxRobot robot, String query, String text) throws Exception {
        javafx.scene.control.TextInputControl field = robot.lookup(query).query();
        robot.clickOn(field);
        waitFor(field::isFocused);
        robot.write(text);
        waitFor(() -> text.equals(field.getText()));
    }

    /** Opens Tower Hamlets PCT's prospectus in the editor and waits until it can be exported. */
    private static ProspectusSummary openTowerHamlets(FxRobot robot) throws Exception {
        goTo(robot, "Prospectuses");
        @SuppressWarnings("unchecked")
        TableView<ProspectusSummary> list = (TableView<ProspectusSummary>) DeskWindowFixture.visible(robot, "#table");
        waitFor(() -> list.getItems().size() == 3);
        ProspectusSummary towerHamlets = list.getItems().stream().filter(p -> p.ownerName().equals("Tower Hamlets PCT"))
                .findFirst().orElseThrow();
        robot.doubleClickOn(robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == towerHamlets).<Node>query());
        Node export = DeskWindowFixture.visible(robot, "#editorExportButton");
        waitFor(() -> !export.isDisabled());
        return towerHamlets;
    }

    @Test
    void aProspectusGoesOutAsABoardPaperFromItsEditor(FxRobot robot) throws Exception {
        ProspectusSummary towerHamlets = openTowerHamlets(robot);
        Node export = robot.lookup("#editorExportButton").query();

        Path target = folder.resolve("Board paper.pdf");
        fixture.picks.add(target);
        robot.clickOn(export);
        DeskWindowFixture.visible(robot, "#format-pdf");
        robot.clickOn("#format-pdf");
        robot.clickOn("#boardPaperBox");
        assertThat(robot.lookup("#boardPaperBox").queryAs(CheckBox.class).isSelected()).isTrue();
        DeskWindowFixture.clickDialogButton(robot, "Export…");

        // The cover starts with what the record says.
        DeskWindowFixture.visible(robot, "#meetingField");
        assertThat(robot.lookup("#paperTitleField").queryAs(TextField.class).getText()).isEqualTo(towerHamlets.title());
        assertThat(robot.lookup("#summaryField").queryAs(TextArea.class).getText()).startsWith("Our commissioning prospectus");
        assertThat(robot.lookup("#authorField").queryAs(TextField.class).getText()).isEqualTo(TestDatabases.USER.name());
        // The meeting is chosen from the usual ones or typed.
        @SuppressWarnings("unchecked")
        ComboBox<String> meeting = robot.lookup("#meetingField").queryAs(ComboBox.class);
        assertThat(meeting.getItems()).contains("PCT Board", "London Commissioning Group");
        robot.clickOn(meeting.getEditor());
        robot.write("PCT Board");
        // Continue without a purpose or a recommendation: refused, said under each field, and the dialog stays.
        DeskWindowFixture.clickDialogButton(robot, "Continue");
        assertThat(robot.lookup("#purposeProblem").queryAs(Label.class).getText()).contains("Choose what the meeting");
        assertThat(robot.lookup("#recommendationProblem").queryAs(Label.class).getText()).contains("Write the recommendation");
        @SuppressWarnings("unchecked")
        ComboBox<BoardPaper.Purpose> purpose = robot.lookup("#purposeField").queryAs(ComboBox.class);
        robot.clickOn(purpose);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "For approval".equals(c.getText()))
                .<Node>query());
        type(robot, "#agendaItemField", "7");
        type(robot, "#sponsorField", "Director of Commissioning");
        type(robot, "#recommendationField", "THAT the Board approves the prospectus for publication.");
        // Further down the form: Tab brings it into view.
        RadioButton privatePart = robot.lookup("#privatePartField").queryAs(RadioButton.class);
        robot.interact(privatePart::requestFocus);
        waitFor(privatePart::isFocused);
        robot.clickOn(privatePart);
        assertThat(privatePart.isSelected()).isTrue();
        DeskWindowFixture.clickDialogButton(robot, "Continue");

        // The file is written in the background; then the notice offers Open and Show in folder.
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().filter(DeskWindowFixture::showing)
                .map(n -> ((javafx.scene.control.DialogPane) n).getHeaderText()).orElse("").startsWith("Exported"));
        assertThat(fixture.dialogsShown).anyMatch(t -> t.contains("[Tower Hamlets PCT Commissioning Prospectus 2007-08 v1.pdf]"));
        DeskWindowFixture.clickDialogButton(robot, "Show in folder");
        assertThat(fixture.filesShown).containsExactly(folder);
        assertThat(DeskWindowFixture.status(robot)).isEqualTo("Exported Board paper.pdf.");

        List<String> pages = Readers.pdfPages(target);
        assertThat(pages.get(0)).contains("PCT Board").contains("Agenda item 7").contains("Purpose For approval")
                .contains("Sponsoring executive director Director of Commissioning")
                .contains("THAT the Board approves the prospectus for publication.")
                .contains("Part of the meeting Private (confidential)");
        assertThat(pages).allMatch(p -> p.contains("Private"));
        assertThat(String.join("\n", pages)).contains("You said, we did");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        // The next paper to the same meeting starts with what was given for this one.
        robot.clickOn("#editorExportButton");
        DeskWindowFixture.visible(robot, "#boardPaperBox");
        robot.clickOn("#boardPaperBox");
        DeskWindowFixture.clickDialogButton(robot, "Export…");
        DeskWindowFixture.visible(robot, "#meetingField");
        waitFor(() -> "Director of Commissioning".equals(robot.lookup("#sponsorField").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#privatePartField").queryAs(RadioButton.class).isSelected()).isTrue();
        DeskWindowFixture.clickDialogButton(robot, "Cancel");
    }

    @Test
    void theRegisterShownGoesToExcelWithCtrlE(FxRobot robot) throws Exception {
        goTo(robot, "Organisations");
        DeskWindowFixture.visible(robot, "#filterField");
        type(robot, "#filterField", "Tower Hamlets");
        Path target = folder.resolve("orgs");
        fixture.picks.add(target);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        DeskWindowFixture.visible(robot, "#format-xlsx");
        robot.clickOn("#format-xlsx");
        DeskWindowFixture.clickDialogButton(robot, "Export…");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().filter(DeskWindowFixture::showing)
                .map(n -> ((javafx.scene.control.DialogPane) n).getHeaderText()).orElse("").startsWith("Exported"));
        DeskWindowFixture.clickDialogButton(robot, "Open");
        // A name typed without its extension gets it.
        Path written = folder.resolve("orgs.xlsx");
        assertThat(fixture.filesShown).containsExactly(written);
        // The rows are those the filter shows, in the order shown.
        @SuppressWarnings("unchecked")
        List<String> shown = robot.lookup("#table").queryAs(TableView.class).getItems().stream()
                .map(o -> ((org.commissioningdesk.organisation.Organisation) o).name()).toList();
        assertThat(shown).contains("Tower Hamlets PCT").hasSizeLessThan(10);
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).isEqualTo(shown);
        }
    }

    @Test
    void thePrintPreviewShowsThePdfsPagesInsideTheApp(FxRobot robot) throws Exception {
        openTowerHamlets(robot);
        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);

        Label where = (Label) DeskWindowFixture.visible(robot, "#previewPage");
        waitFor(() -> where.getText().matches("Page 1 of \\d+"));
        int pages = Integer.parseInt(where.getText().replaceAll(".* of ", ""));
        assertThat(pages).isGreaterThan(3);
        javafx.scene.image.ImageView page = robot.lookup(".image-view").match(
                (javafx.scene.image.ImageView v) -> v.getScene() == where.getScene()).query();
        waitFor(() -> page.getImage() != null);
        javafx.scene.image.Image first = page.getImage();
        // An A4 page: taller than wide, in proportion.
        assertThat(first.getHeight() / first.getWidth()).isBetween(1.40, 1.43);
        assertThat(robot.lookup("#previewPrevious").queryButton().isDisabled()).isTrue();
        robot.clickOn("#previewNext");
        waitFor(() -> where.getText().equals("Page 2 of " + pages) && page.getImage() != first);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        waitFor(() -> where.getText().equals("Page 3 of " + pages));
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        waitFor(() -> where.getText().equals("Page 2 of " + pages));
        if (javafx.print.Printer.getDefaultPrinter() == null) {
            // No printer here: the person is told so, plainly.
            robot.clickOn("#previewPrint");
            DeskWindowFixture.visible(robot, ".dialog-pane");
            assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                    .contains("No printer is set up");
            DeskWindowFixture.clickDialogButton(robot, "OK");
        }
        robot.interact(() -> ((javafx.stage.Stage) where.getScene().getWindow()).close());
    }
}
