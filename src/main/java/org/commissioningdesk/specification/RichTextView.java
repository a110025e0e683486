package org.commissioningdesk.specification;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.RichText;

/** A section's text as a reader sees it: its paragraphs and bullet (or numbered) lists. */
public final class RichTextView extends VBox {

    public RichTextView() {
        super(8);
        getStyleClass().add("rich-text");
    }

    public void show(String text) {
        getChildren().clear();
        var blocks = RichText.blocks(text);
        if (blocks.isEmpty()) {
            Label none = new Label("Nothing written.");
            none.getStyleClass().add("muted");
            getChildren().add(none);
            return;
        }
        for (RichText.Block block : blocks) {
            if (block instanceof RichText.Para p) {
                getChildren().add(wrapped(p.text(), "rich-paragraph"));
            } else if (block instanceof RichText.Items list) {
                VBox items = new VBox(3);
                items.getStyleClass().add("rich-list");
                for (int i = 0; i < list.items().size(); i++) {
                    Label marker = new Label(list.numbered() ? (i + 1) + "." : "•");
                    marker.getStyleClass().add("rich-marker");
                    marker.setMinWidth(18);
                    Label item = wrapped(list.items().get(i), "rich-item");
                    HBox.setHgrow(item, Priority.ALWAYS);
                    items.getChildren().add(new HBox(4, marker, item));
                }
                getChildren().add(items);
            }
        }
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
