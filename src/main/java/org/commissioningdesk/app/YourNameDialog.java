package org.commissioningdesk.app;

import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.TaskRunner;

/**
 * File > Your name…: the name the person's changes are recorded under, in every record's history and
 * on the documents they export. The name is read and saved in the background (saving writes their
 * preferences); the dialog checks it before it closes.
 */
final class YourNameDialog {

    private final TaskRunner runner;
    private final CurrentUser user;
    private final StatusBar status;
    private final Node owner;

    YourNameDialog(TaskRunner runner, CurrentUser user, StatusBar status, Node owner) {
        this.runner = runner;
        this.user = user;
        this.status = status;
        this.owner = owner;
    }

    /** Reads the name in use, asks for the new one, and saves it. */
    void open() {
        runner.task("read your name", progress -> user.name()).quiet()
                .onSuccess(current -> ask(window(), current).ifPresent(this::save))
                .onFailure(failure -> Dialogs.error(owner, "Your name", Dialogs.describe(failure)))
                .start();
    }

    private void save(String name) {
        runner.task("save your name", progress -> user.rename(name)).quiet()
                .onSuccess(saved -> status.say("Your changes are now recorded as " + saved.name() + "."))
                .onFailure(failure -> Dialogs.error(owner, "Your name", Dialogs.describe(failure)))
                .start();
    }

    /** Asks for the name, starting from {@code current}; empty when the person cancels. */
    static Optional<String> ask(Window window, String current) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Your name");
        dialog.setHeaderText("The name your changes are recorded under");
        Dialogs.ownedBy(dialog, window);
        TextField field = new TextField(current);
        field.setId("yourNameField");
        field.setPrefColumnCount(28);
        Label label = Dialogs.labelFor("_Name:", field);
        Label explain = new Label("Shown in each record's history and workflow, and as the author of the documents"
                + " you export. Changes already made keep the name they were recorded with.");
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        Label error = Dialogs.problemLine("yourNameError", null, 420);
        field.textProperty().addListener((obs, was, now) -> error.setText(""));
        dialog.getDialogPane().setContent(new VBox(8, explain, label, field, error));
        ButtonType save = new ButtonType("_Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> CurrentUser.problemWith(field.getText())
                .ifPresent(problem -> {
                    error.setText(problem);
                    event.consume();
                }));
        dialog.setResultConverter(button -> button == save ? field.getText().strip() : null);
        dialog.setOnShown(e -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait();
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
