package org.commissioningdesk.specification;

import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.Dialogs;

/**
 * "New from template…": the built-in and saved templates with their descriptions, to choose one
 * from. Saved templates can be deleted here (after asking); the built-in ones cannot.
 */
final class TemplateChooser {

    private TemplateChooser() {
    }

    private static String count(int n, String thing) {
        return Plural.count(n, thing);
    }

    /** Shows the templates in {@code vm} (already loaded); the one chosen, if any. */
    static Optional<SpecificationTemplate> ask(Node owner, SpecificationListViewModel vm) {
        Dialog<SpecificationTemplate> dialog = new Dialog<>();
        dialog.setTitle("New specification from a template");
        dialog.setHeaderText("Choose the template the new specification starts from");
        Dialogs.ownedBy(dialog, owner);
        ButtonType use = new ButtonType("Use template", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);

        ListView<SpecificationTemplate> list = new ListView<>(vm.templates());
        list.setId("templateList");
        list.setPrefSize(620, 360);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SpecificationTemplate t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(t.name());
                name.getStyleClass().add("template-name");
                Label kind = new Label(t.builtIn() ? "Built in" : "Saved");
                kind.getStyleClass().addAll("template-kind", t.builtIn() ? "built-in" : "saved");
                Label description = new Label(t.description() == null ? "No description." : t.description());
                description.setWrapText(true);
                description.getStyleClass().add("template-description");
                description.setMaxWidth(560);
                Label counts = new Label(count(t.content().pathway().size(), "pathway step") + ", "
                        + count(t.content().quality().size(), "quality requirement") + ", service area "
                        + (t.content().serviceArea() == null ? "not set" : t.content().serviceArea()));
                counts.getStyleClass().add("muted");
                HBox top = new HBox(8, name, kind);
                setText(null);
                setGraphic(new VBox(2, top, description, counts));
            }
        });
        Button delete = new Button("Delete template…");
        delete.setId("deleteTemplateButton");
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> list.getSelectionModel().getSelectedItem() == null
                || list.getSelectionModel().getSelectedItem().builtIn(), list.getSelectionModel().selectedItemProperty()));
        delete.setOnAction(e -> {
            SpecificationTemplate t = list.getSelectionModel().getSelectedItem();
            if (t != null && !t.builtIn() && Dialogs.confirm(list, "Delete the template '" + t.name() + "'?",
                    "Specifications already made from it are not changed. The audit trail keeps a record.",
                    "Delete template")) {
                vm.deleteTemplate(t, null);
            }
        });
        Label hint = new Label("Built-in templates come with the application; templates you save from a specification"
                + " (Save as template…) can be deleted.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.setMaxWidth(480);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox bottom = new HBox(8, hint, space, delete);
        VBox content = new VBox(8, list, bottom);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(TemplateChooser.class.getResource("Specifications.css").toExternalForm());
        dialog.setResizable(true);

        Node useButton = dialog.getDialogPane().lookupButton(use);
        useButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((Button) useButton).fire();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                ((Button) useButton).fire();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete.fire();
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == use ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(() -> {
            list.getSelectionModel().selectFirst();
            list.requestFocus();
        });
        return dialog.showAndWait();
    }
}
