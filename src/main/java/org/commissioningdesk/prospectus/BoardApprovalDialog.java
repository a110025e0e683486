package org.commissioningdesk.prospectus;

import java.time.LocalDate;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.UkDates;

/** Asks for the date of the Board meeting that approved a prospectus. */
final class BoardApprovalDialog {

    private BoardApprovalDialog() {
    }

    static Optional<LocalDate> ask(Node owner, String title, LocalDate suggested) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle("Record Board approval");
        dialog.setHeaderText("Board approval of " + title);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        ButtonType record = new ButtonType("Record approval", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(record, ButtonType.CANCEL);
        DatePicker date = new DatePicker(suggested);
        date.setId("boardDateField");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setStyle("-fx-text-fill: #b00020;");
        DateFields.ukDates(date, message -> problem.setText(message == null ? "" : message));
        Label label = new Label("Date of the _Board meeting:");
        label.setMnemonicParsing(true);
        label.setLabelFor(date);
        dialog.getDialogPane().setContent(new VBox(6, label, date, problem,
                new Label("The prospectus becomes read-only until it is published or returned to draft.")));
        var button = dialog.getDialogPane().lookupButton(record);
        button.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String typed = date.getEditor().getText();
            if (UkDates.tryParse(typed).isEmpty()) {
                problem.setText(typed == null || typed.isBlank() ? "Give the date of the Board meeting"
                        : "'" + typed + "' is not a date: write it as dd/mm/yyyy");
                e.consume();
            } else {
                date.setValue(UkDates.tryParse(typed).get());
            }
        });
        dialog.setResultConverter(b -> b == record ? date.getValue() : null);
        dialog.getDialogPane().setMinWidth(420);
        return dialog.showAndWait();
    }
}
