package org.commissioningdesk.organisation;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * Shows a {@link MemberList} on the Organisations form: a read-only list of names (retired members
 * marked), under a count; Enter or a double click on a member opens it.
 */
final class MembersView {

    private MembersView() {
    }

    /**
     * @param box  what holds the list and its count, shown only for a kind of organisation that has members
     * @param open what opening a member does
     */
    static void bind(Node box, Label count, ListView<Organisation> list, MemberList members, Consumer<Organisation> open) {
        box.visibleProperty().bind(members.appliesProperty());
        box.managedProperty().bind(box.visibleProperty());
        count.textProperty().bind(Bindings.createStringBinding(members::summary, members.members()));
        list.setItems(members.members());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Organisation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isRetired() ? item.name() + " (retired)" : item.name());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(list, open);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(list, open);
                e.consume();
            }
        });
    }

    private static void openSelected(ListView<Organisation> list, Consumer<Organisation> open) {
        Organisation member = list.getSelectionModel().getSelectedItem();
        if (member != null) {
            open.accept(member);
        }
    }
}
