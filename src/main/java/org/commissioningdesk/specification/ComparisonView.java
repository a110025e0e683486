package org.commissioningdesk.specification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.commissioningdesk.common.TextDiff;

/**
 * Two versions of a specification side by side in one text: each part with its label, unchanged
 * parts marked "no change" (their text shown only on request), and in changed parts the words
 * added highlighted and the words removed struck through.
 */
public final class ComparisonView extends VBox {

    /** A word with the spaces after it, or a line break: added and removed runs are drawn word by word so they wrap. */
    private static final Pattern PIECE = Pattern.compile("\\n|[^\\s]+[^\\S\\n]*|[^\\S\\n]+");

    public ComparisonView() {
        super(10);
        getStyleClass().add("comparison");
    }

    public void show(SpecificationComparison comparison, boolean showUnchanged) {
        getChildren().clear();
        if (comparison == null) {
            return;
        }
        for (int i = 0; i < comparison.parts().size(); i++) {
            getChildren().add(part(i, comparison.parts().get(i), showUnchanged));
        }
    }

    private static Node part(int index, SpecificationComparison.Part part, boolean showUnchanged) {
        Label title = new Label(part.label());
        title.getStyleClass().add("compare-part-title");
        Label marker = new Label(part.changed() ? "changed" : "no change");
        marker.getStyleClass().add(part.changed() ? "compare-changed-marker" : "compare-same-marker");
        HBox header = new HBox(10, title, marker);
        VBox box = new VBox(4, header);
        box.setId("comparePart" + index);
        box.getStyleClass().addAll("compare-part", part.changed() ? "changed" : "unchanged");
        if (part.changed() || showUnchanged) {
            box.getChildren().add(flow(part));
        }
        return box;
    }

    private static TextFlow flow(SpecificationComparison.Part part) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("compare-text");
        if (part.segments().isEmpty()) {
            Text none = new Text("(nothing written in either version)");
            none.getStyleClass().add("diff-empty");
            flow.getChildren().add(none);
            return flow;
        }
        TextDiff.Change previous = null;
        for (TextDiff.Segment s : part.segments()) {
            if (previous == TextDiff.Change.REMOVED && s.change() == TextDiff.Change.ADDED) {
                // A word replaced by another: keep the two apart so they do not read as one.
                flow.getChildren().add(new Text(" "));
            }
            previous = s.change();
            if (s.change() == TextDiff.Change.SAME) {
                Text t = new Text(s.text());
                t.getStyleClass().add("diff-same");
                flow.getChildren().add(t);
                continue;
            }
            String style = s.change() == TextDiff.Change.ADDED ? "diff-added" : "diff-removed";
            Matcher m = PIECE.matcher(s.text());
            while (m.find()) {
                String piece = m.group();
                if (piece.equals("\n")) {
                    flow.getChildren().add(new Text("\n"));
                } else {
                    Label word = new Label(piece);
                    word.getStyleClass().addAll("diff-run", style);
                    word.setMinWidth(Region.USE_PREF_SIZE);
                    flow.getChildren().add(word);
                }
            }
        }
        return flow;
    }
}
