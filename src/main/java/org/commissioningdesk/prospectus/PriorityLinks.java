package org.commissioningdesk.prospectus;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.editor.FormFields;
import org.commissioningdesk.specification.SpecificationSummary;

/**
 * The service specifications that deliver the priority shown (its *Delivered by*): each with a
 * button to unlink it, and a chooser to link another.
 */
final class PriorityLinks {

    private final ProspectusEditorViewModel vm;
    private final FormFields fields;
    private final VBox linkedSpecificationsBox;

    PriorityLinks(ProspectusEditorViewModel vm, FormFields fields, VBox linkedSpecificationsBox,
                  ComboBox<SpecificationSummary> linkSpecificationField, Button linkSpecificationButton,
                  Supplier<PriorityForm> shown) {
        this.vm = vm;
        this.fields = fields;
        this.linkedSpecificationsBox = linkedSpecificationsBox;
        linkSpecificationField.setItems(vm.choices().specifications());
        ComboBoxes.showPromptWhenEmpty(linkSpecificationField, s -> s.title() + " (v" + s.version() + ", "
                + s.status().label() + ")");
        linkSpecificationButton.disableProperty().bind(Bindings.not(vm.editableProperty())
                .or(linkSpecificationField.valueProperty().isNull()));
        vm.choices().specifications().addListener((ListChangeListener<SpecificationSummary>) c -> show(shown.get()));
        linkSpecificationButton.setOnAction(e -> {
            SpecificationSummary chosen = linkSpecificationField.getValue();
            PriorityForm f = shown.get();
            if (f != null && chosen != null) {
                if (!vm.form().linkSpecification(f, chosen.seriesId())) {
                    vm.problem("'" + chosen.title() + "' is already linked to this priority.");
                }
                linkSpecificationField.setValue(null);
            }
        });
    }

    /** Each specification linked to {@code f} with a button to unlink it, or a note that there are none. */
    void show(PriorityForm f) {
        linkedSpecificationsBox.getChildren().clear();
        if (f == null) {
            return;
        }
        if (f.specificationIds().isEmpty()) {
            Label none = new Label(vm.choices().specifications().isEmpty()
                    ? "No service specifications yet: write them on the Specifications screen."
                    : "No specification linked yet.");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            linkedSpecificationsBox.getChildren().add(none);
        }
        for (Long id : List.copyOf(f.specificationIds())) {
            Label name = new Label(vm.choices().specificationLabel(id));
            name.setWrapText(true);
            name.getStyleClass().add("linked-specification");
            Button remove = new Button("✕");
            remove.setAccessibleText("Unlink " + name.getText());
            remove.setTooltip(new Tooltip("Unlink this specification"));
            fields.locked(remove);
            remove.setOnAction(e -> vm.form().unlinkSpecification(f, id));
            HBox row = new HBox(6, name, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            linkedSpecificationsBox.getChildren().add(row);
        }
    }

}
