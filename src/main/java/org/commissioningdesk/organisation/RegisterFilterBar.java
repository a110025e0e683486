package org.commissioningdesk.organisation;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;

/**
 * The organisation register's filter bar: the words to look for, one type or all types, and whether retired
 * organisations show, each bound both ways to the view model's {@link RegisterFilter}.
 */
final class RegisterFilterBar {

    private RegisterFilterBar() {
    }

    static void bind(TextField text, ComboBox<OrganisationType> type, CheckBox showRetired, RegisterFilter filter) {
        text.textProperty().bindBidirectional(filter.textProperty());
        type.getItems().add(null);
        type.getItems().addAll(OrganisationType.values());
        type.setCellFactory(list -> new TypeCell());
        type.setButtonCell(new TypeCell());
        type.valueProperty().bindBidirectional(filter.typeProperty());
        showRetired.selectedProperty().bindBidirectional(filter.showRetiredProperty());
    }

    /** A type by its label; no type is "All types". */
    private static final class TypeCell extends ListCell<OrganisationType> {
        @Override
        protected void updateItem(OrganisationType item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "All types" : item.label());
        }
    }
}
