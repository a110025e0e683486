package org.commissioningdesk.specification;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.editor.StepDialog;
import javafx.scene.control.DatePicker;
import java.util.Map;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The small questions the specification editor asks: a note to agree with, a template's name. */
final class SpecificationDialogs {

    /** A template's name and description as typed. */
    record TemplateName(String name, String description) {
    }

    private SpecificationDialogs() {
    }

    /**
     * Asks to confirm agreeing a version, with an optional note for its history; empty when the
     * person cancels. Cancel is the default, so a stray Enter agrees nothing.
     */
    /** What the Agree dialog asks for: the date it was agreed (today unless changed) and a note for the history. */
    /**
     * Asks for the date a version was agreed and a note for the history, then agrees it through
     * {@code vm}; a refusal (a date before the previous version's agreement, say) shows in the dialog.
     */
    static boolean agree(Node owner, Specification s, SpecificationEditorViewModel vm) {
        StepDialog dialog = new StepDialog(owner, "Agree " + s.label() + "?", "Agree version " + s.version() + " of '"
                + s.title() + "'?", "Agree", "Once agreed it is read-only: a change needs a new version. "
                + (s.version() > 1 ? "The version agreed before it becomes Superseded." : ""));
        DatePicker date = dialog.date("Agreed _on", "agreedOnField", vm.today(), "Give the date it was agreed");
        TextArea note = new TextArea();
        note.setId("agreeNoteField");
        note.setPromptText("Note for the history (optional), e.g. agreed at the contract meeting");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        // The history keeps at most 1,000 characters of note: say so here, before anything is lost.
        dialog.field("_Note", note).check(() -> note.getLength() > SpecificationService.MAX_NOTE ? "At most "
                + SpecificationService.MAX_NOTE + " characters of note (this has " + note.getLength() + ")" : null);
        Platform.runLater(note::requestFocus);
        return dialog.run(answer -> vm.agree(date.getValue(), note.getText(), answer));
    }

    /** Asks for a template's name and description, showing the problems found with what was typed before. */
    static Optional<TemplateName> templateName(Node owner, String name, String description, Map<String, String> problems) {
        Dialog<TemplateName> dialog = new Dialog<>();
        dialog.setTitle("Save as template");
        dialog.setHeaderText("Save this specification as a template others can start from");
        init(dialog, owner);
        ButtonType save = new ButtonType("Save template", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        TextField nameField = new TextField(name);
        nameField.setId("templateNameField");
        nameField.setPromptText("e.g. Community cardiology (Camden)");
        TextArea descriptionField = new TextArea(description);
        descriptionField.setId("templateDescriptionField");
        descriptionField.setPrefRowCount(3);
        descriptionField.setWrapText(true);
        descriptionField.setPromptText("What it is for and when to use it");
        Label nameError = error("templateNameError", problems.get("name"));
        Label descriptionError = error("templateDescriptionError", problems.get("description"));
        if (nameError.isVisible()) {
            nameField.getStyleClass().add("has-error");
        }
        if (descriptionError.isVisible()) {
            descriptionField.getStyleClass().add("has-error");
        }
        Label note = new Label("The template takes the specification as last saved, without its commissioner and provider.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        Label nameLabel = new Label("Name *");
        nameLabel.setLabelFor(nameField);
        Label descriptionLabel = new Label("Description");
        descriptionLabel.setLabelFor(descriptionField);
        grid.add(nameLabel, 0, 0);
        grid.add(nameField, 1, 0);
        grid.add(nameError, 1, 1);
        grid.add(descriptionLabel, 0, 2);
        grid.add(descriptionField, 1, 2);
        grid.add(descriptionError, 1, 3);
        GridPane.setHgrow(nameField, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new VBox(8, grid, note));
        dialog.setResultConverter(b -> b == save ? new TemplateName(nameField.getText(), descriptionField.getText()) : null);
        Platform.runLater(nameField::requestFocus);
        return dialog.showAndWait();
    }

    private static Label error(String id, String text) {
        Label label = new Label(text == null ? "" : text);
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setVisible(text != null);
        label.setManaged(text != null);
        return label;
    }

    private static void init(Dialog<?> dialog, Node owner) {
        Dialogs.ownedBy(dialog, owner);
        dialog.getDialogPane().getStylesheets().add(SpecificationDialogs.class.getResource("Specifications.css").toExternalForm());
        dialog.getDialogPane().setMinWidth(520);
        dialog.setResizable(true);
    }
}
