package org.commissioningdesk.app;

import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.persistence.DatabaseOpenException;
import org.commissioningdesk.persistence.DatabaseProblem;
import org.commissioningdesk.persistence.ServerAddress;

/**
 * File > Open shared database (PostgreSQL)…: the address of a database a team shares, and who to sign in as.
 * The password may be left empty when PGPASSWORD or the person's .pgpass file has it (looked up as the database
 * opens, away from the FX thread). Nothing typed here is kept.
 */
final class SharedDatabaseDialog {

    /** What the person asked to open; an empty password means "look it up". */
    record Request(ServerAddress server, String user, char[] password) {
    }

    private SharedDatabaseDialog() {
    }

    /** Whether a failure to open is one the person can put right in this dialog (their sign-in, the name). */
    static boolean asksAgain(Throwable failure) {
        return failure instanceof DatabaseOpenException e && (e.problem() == DatabaseProblem.SIGN_IN_FAILED
                || e.problem() == DatabaseProblem.NOT_FOUND);
    }

    /**
     * Asks for the shared database to open, starting from {@code address} (may be blank) and {@code user};
     * empty when the person cancels. A wrong address is said under its field and the dialog stays open.
     */
    static Optional<Request> ask(Window window, String address, String user, String problem) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.setTitle("Open shared database");
        dialog.setHeaderText("A database your team shares on a PostgreSQL server");
        Dialogs.ownedBy(dialog, window);
        TextField addressField = new TextField(address);
        addressField.setId("sharedAddressField");
        addressField.setPromptText("postgresql://server/commissioning");
        addressField.setPrefColumnCount(30);
        TextField userField = new TextField(user);
        userField.setId("sharedUserField");
        PasswordField passwordField = new PasswordField();
        passwordField.setId("sharedPasswordField");
        passwordField.setPromptText("from PGPASSWORD or .pgpass if left empty");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, Dialogs.labelFor("_Address:", addressField), addressField);
        grid.addRow(1, Dialogs.labelFor("_User:", userField), userField);
        grid.addRow(2, Dialogs.labelFor("_Password:", passwordField), passwordField);
        Label explain = new Label("Ask whoever looks after the server for the address and your sign-in. An empty"
                + " database is set up the first time it is opened. The password is not kept.");
        explain.setWrapText(true);
        explain.setMaxWidth(460);
        Label error = Dialogs.problemLine("sharedAddressError", problem, 460);
        addressField.textProperty().addListener((obs, was, now) -> error.setText(""));
        dialog.getDialogPane().setContent(new VBox(10, explain, grid, error));
        ButtonType open = new ButtonType("_Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        ServerAddress[] parsed = new ServerAddress[1];
        openButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                parsed[0] = ServerAddress.parse(addressField.getText());
                if (userField.getText().isBlank()) {
                    error.setText("Give the user name to sign in as.");
                    event.consume();
                }
            } catch (DatabaseOpenException e) {
                error.setText(e.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == open
                ? new Request(parsed[0], userField.getText().strip(), passwordField.getText().toCharArray()) : null);
        dialog.setOnShown(e -> (addressField.getText().isBlank() ? addressField : passwordField).requestFocus());
        Optional<Request> answer = dialog.showAndWait();
        passwordField.clear();
        return answer;
    }
}
