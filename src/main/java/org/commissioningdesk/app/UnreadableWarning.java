package org.commissioningdesk.app;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.persistence.UnreadableRows;

/**
 * The status bar's warning, for as long as a database is open, of the records left out of the lists
 * because a value in them cannot be read: how many, with each named in the tooltip and on a click.
 */
final class UnreadableWarning {

    private final Label label;
    private final Node owner;

    UnreadableWarning(Label label, Node owner) {
        this.label = label;
        this.owner = owner;
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Shows what {@code rows} holds so far (nothing when it holds nothing). */
    void show(UnreadableRows rows) {
        List<String> named = rows.seen().stream().map(UnreadableRows.Row::describe).toList();
        label.setVisible(!named.isEmpty());
        if (named.isEmpty()) {
            return;
        }
        label.setText(Plural.count(named.size(), "record") + " could not be read");
        label.setTooltip(new Tooltip(String.join("\n", named)));
        label.setOnMouseClicked(e -> Dialogs.info(owner, "Records left out", String.join("\n\n", named)
                + "\n\nEvery other record is shown as usual."));
    }
}
