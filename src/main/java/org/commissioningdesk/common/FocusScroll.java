package org.commissioningdesk.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the field with the keyboard focus in view: when the focus moves (by Tab, a mnemonic, or a
 * screen moving it to a new row), every scroll pane around the field scrolls just enough to show it.
 * Without this a person tabbing down a long form types into fields they cannot see.
 */
public final class FocusScroll {

    /** Room left above or below the field, in pixels. */
    private static final double MARGIN = 12;

    private FocusScroll() {
    }

    /** Follows the focus in {@code scene}. */
    public static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((obs, was, now) -> {
            if (now != null) {
                reveal(now);
            }
        });
    }

    /** Scrolls each scroll pane around {@code node}, innermost first, to show it. */
    public static void reveal(Node node) {
        Node shown = node;
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && pane.getContent() != null) {
                scrollTo(pane, shown);
                shown = pane;
            }
        }
    }

    private static void scrollTo(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds inScene = node.localToScene(node.getBoundsInLocal());
        if (inScene == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(inScene);
        Bounds viewport = pane.getViewportBounds();
        double extra = content.getLayoutBounds().getHeight() - viewport.getHeight();
        if (inContent == null || extra <= 0) {
            return;
        }
        double range = pane.getVmax() - pane.getVmin();
        double top = (pane.getVvalue() - pane.getVmin()) / range * extra;
        double wanted = top;
        if (inContent.getMinY() - MARGIN < top) {
            wanted = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > top + viewport.getHeight()) {
            wanted = Math.min(inContent.getMinY() - MARGIN, inContent.getMaxY() + MARGIN - viewport.getHeight());
        }
        if (wanted != top) {
            double clamped = Math.max(0, Math.min(extra, wanted));
            pane.setVvalue(pane.getVmin() + clamped / extra * range);
        }
    }
}
