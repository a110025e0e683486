package org.commissioningdesk.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the window shows while no database is open: why, the way out, and any action that helps. */
final class NoDatabasePane {

    private NoDatabasePane() {
    }

    static VBox of(String message, Node... actions) {
        Label title = new Label("No database is open");
        title.getStyleClass().add("no-database-title");
        Label detail = new Label(message);
        detail.setWrapText(true);
        detail.setId("noDatabaseMessage");
        Label hint = new Label("Use File > Open database… (Ctrl+O) or File > New database… (Ctrl+Shift+N).");
        VBox box = new VBox(title, detail, hint);
        box.getChildren().addAll(actions);
        box.getStyleClass().add("no-database");
        return box;
    }
}
