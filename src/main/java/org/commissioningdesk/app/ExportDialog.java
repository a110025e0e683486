package org.commissioningdesk.app;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.export.ExportFormat;
import org.commissioningdesk.export.ExportJob;

/** Asks how to export: the format, whether as a Board paper (documents), a byte-order mark (CSV), or a print preview. */
final class ExportDialog {

    /** What the person chose. */
    record Choice(ExportFormat format, boolean boardPaper, boolean bom, boolean preview) {
    }

    private ExportDialog() {
    }

    static Optional<Choice> ask(Node owner, ExportJob job, ExportFormat lastFormat) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle("Export");
        dialog.setHeaderText("Export " + job.what());
        Dialogs.ownedBy(dialog, owner);
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        ButtonType preview = new ButtonType("Print preview…", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(export, preview, ButtonType.CANCEL);

        ToggleGroup formats = new ToggleGroup();
        VBox box = new VBox(6, new Label("Format:"));
        for (ExportFormat f : job.formats()) {
            RadioButton r = new RadioButton(f.label());
            r.setId("format-" + f.extension());
            r.setUserData(f);
            r.setToggleGroup(formats);
            box.getChildren().add(r);
        }
        ExportFormat initial = job.formats().contains(lastFormat) ? lastFormat : job.formats().get(0);
        formats.getToggles().stream().filter(t -> t.getUserData() == initial).findFirst().ifPresent(t -> t.setSelected(true));

        CheckBox boardPaper = new CheckBox("As a _Board paper (a cover sheet first)");
        boardPaper.setId("boardPaperBox");
        boardPaper.setMnemonicParsing(true);
        CheckBox bom = new CheckBox("Mark the file as UTF-8 for Excel (byte-order mark), so £ and accents show");
        bom.setId("bomBox");
        bom.setSelected(true);
        if (job.canBeBoardPaper()) {
            box.getChildren().add(boardPaper);
        }
        if (job.formats().contains(ExportFormat.CSV)) {
            box.getChildren().add(bom);
        }
        Runnable update = () -> {
            ExportFormat f = (ExportFormat) formats.getSelectedToggle().getUserData();
            boardPaper.setDisable(!f.isDocument());
            bom.setDisable(f != ExportFormat.CSV);
        };
        formats.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                formats.selectToggle(was);
            } else {
                update.run();
            }
        });
        update.run();
        box.setMinWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> {
            if (b != export && b != preview) {
                return null;
            }
            ExportFormat f = (ExportFormat) formats.getSelectedToggle().getUserData();
            boolean cover = job.canBeBoardPaper() && boardPaper.isSelected() && (f.isDocument() || b == preview);
            return new Choice(b == preview ? ExportFormat.PDF : f, cover, bom.isSelected(), b == preview);
        });
        return dialog.showAndWait();
    }
}
