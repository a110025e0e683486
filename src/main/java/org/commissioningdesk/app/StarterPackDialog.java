package org.commissioningdesk.app;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.commissioningdesk.organisation.StarterPack;

/** Offered once, when a database has not been set up: start empty, or with the London 2006/07 pack. */
final class StarterPackDialog {

    private StarterPackDialog() {
    }

    /** The chosen pack, or empty when the person chose to decide later. */
    static Optional<StarterPack> ask(Window owner, String databaseName) {
        Dialog<StarterPack> dialog = new Dialog<>();
        dialog.setTitle("Set up the database");
        dialog.setHeaderText("How should " + databaseName + " start?");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(12);
        for (StarterPack pack : StarterPack.values()) {
            RadioButton button = new RadioButton(pack.label());
            button.setId("starter-" + pack.key());
            button.setUserData(pack);
            button.setToggleGroup(group);
            Label description = new Label(pack.description());
            description.setWrapText(true);
            description.setMaxWidth(440);
            description.setStyle("-fx-padding: 0 0 0 24;");
            choices.getChildren().addAll(button, description);
            if (pack == StarterPack.LONDON_2006) {
                button.setSelected(true);
            }
        }
        dialog.getDialogPane().setContent(choices);
        ButtonType start = new ButtonType("Start", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, later);
        dialog.setResultConverter(b -> b == start ? (StarterPack) group.getSelectedToggle().getUserData() : null);
        return dialog.showAndWait();
    }
}
