package org.commissioningdesk.app;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.demo.DemoDataService;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.StarterPack;

/**
 * Offered when a database has not been set up: start empty, or with the London 2006/07 pack,
 * optionally with the demonstration prospectuses and specifications. The London pack alone is
 * offered again from the File menu (and the dashboard) for a database left for later.
 */
final class StarterPackDialog {

    private StarterPackDialog() {
    }

    /** What the status bar says once a database is set up as chosen. */
    static String readyMessage(SetUpService.Choice choice) {
        return choice.demo()
                ? "Ready. Loaded the '" + choice.pack().label() + "' starter pack and "
                + DemoDataService.PROSPECTUS_TITLES.size() + " demonstration prospectuses with their service specifications."
                : "Ready. Loaded the '" + choice.pack().label() + "' starter pack.";
    }

    /** The choice, or empty when the person chose to decide later. */
    static Optional<SetUpService.Choice> ask(Window owner, String databaseName) {
        Dialog<SetUpService.Choice> dialog = new Dialog<>();
        dialog.setTitle("Set up the database");
        dialog.setHeaderText("How should " + databaseName + " start?");
        Dialogs.ownedBy(dialog, owner);
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
        CheckBox demo = demoChoice(choices);
        demo.disableProperty().bind(Bindings.createBooleanBinding(() -> group.getSelectedToggle() == null
                || group.getSelectedToggle().getUserData() != StarterPack.LONDON_2006, group.selectedToggleProperty()));
        dialog.getDialogPane().setContent(choices);
        ButtonType start = new ButtonType("Start", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, later);
        dialog.setResultConverter(b -> b == start ? new SetUpService.Choice((StarterPack) group.getSelectedToggle().getUserData(),
                demo.isSelected() && !demo.isDisabled()) : null);
        return dialog.showAndWait();
    }

    /**
     * File > Load London starter pack… on a database that was never set up: the London pack, with or
     * without the demonstration data; empty when the person cancels.
     */
    static Optional<SetUpService.Choice> askLondon(Window owner, String databaseName) {
        Dialog<SetUpService.Choice> dialog = new Dialog<>();
        dialog.setTitle("Load the London starter pack");
        dialog.setHeaderText("Load the '" + StarterPack.LONDON_2006.label() + "' starter pack into " + databaseName + "?");
        Dialogs.ownedBy(dialog, owner);
        Label description = new Label(StarterPack.LONDON_2006.description());
        description.setWrapText(true);
        description.setMaxWidth(440);
        VBox content = new VBox(12, description);
        CheckBox demo = demoChoice(content);
        dialog.getDialogPane().setContent(content);
        ButtonType load = new ButtonType("Load", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(load, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == load ? new SetUpService.Choice(StarterPack.LONDON_2006, demo.isSelected()) : null);
        return dialog.showAndWait();
    }

    /** The "add the demonstration data" choice with its warning, added to {@code box}. */
    private static CheckBox demoChoice(VBox box) {
        CheckBox demo = new CheckBox("Add the demonstration prospectuses and specifications for 2007/08");
        demo.setId("starter-demo");
        Label demoNote = new Label("Worked examples to try the screens with: three prospectuses (London-wide, North East "
                + "London LCG, Tower Hamlets PCT) and three service specifications. Published prospectuses and agreed "
                + "specifications stay in the database for good, so leave this off for real work.");
        demoNote.setWrapText(true);
        demoNote.setMaxWidth(416);
        demoNote.setStyle("-fx-padding: 0 0 0 48; -fx-text-fill: #555555;");
        demo.setStyle("-fx-padding: 0 0 0 24;");
        box.getChildren().addAll(demo, demoNote);
        return demo;
    }
}
