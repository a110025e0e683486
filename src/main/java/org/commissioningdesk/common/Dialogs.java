package org.commissioningdesk.common;

import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** The application's standard message and confirmation dialogs. */
public final class Dialogs {

    private Dialogs() {
    }

    /** As {@link #ownedBy(Dialog, Window)}, for the window {@code owner} is shown in (none when it is not shown). */
    public static void ownedBy(Dialog<?> dialog, Node owner) {
        ownedBy(dialog, owner == null || owner.getScene() == null ? null : owner.getScene().getWindow());
    }

    /**
     * Makes {@code dialog} belong to {@code window} (in front of it, keeping it waiting) and look like it:
     * the window's stylesheets apply in the dialog too, so a refusal is red there as it is under a field.
     * A null or hidden window leaves the dialog on its own.
     */
    public static void ownedBy(Dialog<?> dialog, Window window) {
        if (window == null || !window.isShowing()) {
            return;
        }
        dialog.initOwner(window);
        if (window.getScene() != null) {
            var sheets = dialog.getDialogPane().getStylesheets();
            sheets.addAll(0, window.getScene().getStylesheets());
            if (window.getScene().getRoot() != null) {
                sheets.addAll(0, window.getScene().getRoot().getStylesheets());
            }
        }
    }

    /** Asks whether to discard unsaved edits to {@code what} ("the prospectus"); true when the person agreed. */
    public static boolean confirmDiscard(Node owner, String what) {
        return confirm(owner, "Discard changes?", "The " + what + " you were editing has changes that are not saved.",
                "Discard changes");
    }

    /** What the person chose to do with unsaved changes before leaving them. */
    public enum Unsaved {
        SAVE, DISCARD, STAY
    }

    /**
     * Asks what to do with unsaved edits to {@code what} ("prospectus") before leaving them: Save
     * (the default), Don't save, or Cancel (stay, and the Escape key).
     */
    public static Unsaved askToSave(Node owner, String what) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The " + what + " you were editing has changes that are not"
                + " saved. Save them before leaving?", save, discard, ButtonType.CANCEL);
        alert.setTitle("Save changes?");
        alert.setHeaderText("Save changes to the " + what + "?");
        init(alert, owner);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == save) {
            return Unsaved.SAVE;
        }
        return answer.isPresent() && answer.get() == discard ? Unsaved.DISCARD : Unsaved.STAY;
    }

    /**
     * Whether to go on exporting a record with unsaved changes: the export holds the version last
     * saved, so the person is asked first. True at once when nothing is unsaved.
     */
    public static boolean exportSavedVersion(Node owner, boolean dirty) {
        return !dirty || confirm(owner, "Export the saved version?", "You have changes that are not saved. "
                + "The export holds the version last saved, without them. Save first to include them.",
                "Export the saved version");
    }

    /** Asks before something that cannot be undone; true only when the person chose {@code action}. */
    public static boolean confirm(Node owner, String title, String message, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, go, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        init(alert, owner);
        // Cancel is the default so a stray Enter never destroys anything.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == go;
    }

    public static void error(Node owner, String title, String message) {
        tell(Alert.AlertType.ERROR, owner, title, message);
    }

    /**
     * An error that comes with something to do about it ("Recover…"); true when the person chose
     * {@code action}, false for Close.
     */
    public static boolean errorWithAction(Node owner, String title, String message, String action) {
        return withAction(Alert.AlertType.ERROR, owner, title, message, action);
    }

    /** News with something to do about it ("Open it"); true when the person chose {@code action}. */
    public static boolean infoWithAction(Node owner, String title, String message, String action) {
        return withAction(Alert.AlertType.INFORMATION, owner, title, message, action);
    }

    private static boolean withAction(Alert.AlertType type, Node owner, String title, String message, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(type, message, go, close);
        alert.setTitle(title);
        alert.setHeaderText(title);
        init(alert, owner);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == go;
    }

    public static void info(Node owner, String title, String message) {
        tell(Alert.AlertType.INFORMATION, owner, title, message);
    }

    private static void tell(Alert.AlertType type, Node owner, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        init(alert, owner);
        alert.showAndWait();
    }

    /**
     * A message with a button ({@code copyLabel}, id {@code copyButton}) that puts {@code copied} on the
     * clipboard and leaves the dialog open, and Close: for what a person may need to paste elsewhere (a
     * folder's path, the details of a fault for whoever supports them) without it filling the message.
     * Returned unshown, so the caller chooses show() or showAndWait().
     */
    public static Alert withCopy(Window owner, Alert.AlertType type, String title, String message, String copyLabel,
                                 String copied) {
        ButtonType copy = new ButtonType(copyLabel, ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(type, message, copy, close);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ownedBy(alert, owner);
        alert.getDialogPane().setMinWidth(460);
        alert.setResizable(true);
        Button button = (Button) alert.getDialogPane().lookupButton(copy);
        button.setId("copyButton");
        button.addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(copied);
            Clipboard.getSystemClipboard().setContent(content);
            event.consume();
        });
        ((Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(true);
        return alert;
    }

    /** The plain message for a failure (see {@link Failures}); an unexpected one is logged. */
    /** A dialog's label for {@code field}, its underlined letter (after "_") taking the person to it. */
    public static javafx.scene.control.Label labelFor(String text, javafx.scene.control.Control field) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    /** The line in a dialog where what is wrong with its answer is said, red as under a form's field. */
    public static javafx.scene.control.Label problemLine(String id, String text, double width) {
        javafx.scene.control.Label line = new javafx.scene.control.Label(text == null ? "" : text);
        line.setId(id);
        line.getStyleClass().add("field-error");
        line.setStyle("-fx-text-fill: #b00020;");
        line.setWrapText(true);
        line.setMaxWidth(width);
        return line;
    }

    public static String describe(Throwable failure) {
        return Failures.describe(failure);
    }

    private static void init(Alert alert, Node owner) {
        ownedBy(alert, owner);
        alert.getDialogPane().setMinWidth(460);
        alert.setResizable(true);
    }
}
