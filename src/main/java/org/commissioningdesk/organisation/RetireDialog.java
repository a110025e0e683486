package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.UkDates;

/** Asks for the date an organisation is retired from, checking it before the dialog closes. */
final class RetireDialog {

    private RetireDialog() {
    }

    static Optional<LocalDate> ask(Node owner, Organisation organisation) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle("Retire organisation");
        dialog.setHeaderText("Retire " + organisation.name());
        Dialogs.ownedBy(dialog, owner);
        DatePicker date = new DatePicker(LocalDate.now());
        Label error = new Label();
        DateFields.ukDates(date, message -> error.setText(message == null ? "" : message));
        date.setId("retireDate");
        error.getStyleClass().add("field-error");
        error.setStyle("-fx-text-fill: #b00020;");
        Label explain = new Label("A retired organisation stays in the register and in every record that refers to it,"
                + " marked as retired. It can be reinstated later.");
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        Label label = new Label("_Retired from:");
        label.setMnemonicParsing(true);
        label.setLabelFor(date);
        dialog.getDialogPane().setContent(new VBox(8, explain, label, date, error));
        ButtonType retire = new ButtonType("_Retire", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(retire, ButtonType.CANCEL);
        Button retireButton = (Button) dialog.getDialogPane().lookupButton(retire);
        // Enter commits the typed date; retiring takes a deliberate press of Retire (Alt+R or a click).
        retireButton.setDefaultButton(false);
        retireButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            LocalDate typed;
            try {
                String text = date.getEditor().getText();
                typed = text == null || text.isBlank() ? null : UkDates.parse(text);
                date.setValue(typed);
            } catch (java.time.format.DateTimeParseException e) {
                error.setText(e.getMessage());
                event.consume();
                return;
            }
            String problem = check(organisation, typed);
            if (problem != null) {
                error.setText(problem);
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == retire ? date.getValue() : null);
        return dialog.showAndWait();
    }

    static String check(Organisation organisation, LocalDate date) {
        if (date == null) {
            return "Give the date the organisation was retired";
        }
        if (organisation.activeFrom() != null && date.isBefore(organisation.activeFrom())) {
            return "The date cannot be before the organisation started (" + UkDates.format(organisation.activeFrom()) + ")";
        }
        return null;
    }
}
