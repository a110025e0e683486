package org.commissioningdesk.specification;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * A care pathway drawn left to right: one rounded box per step (where, who, what) and an arrow
 * into each step labelled with the longest wait for it (into the first step only when a wait for
 * it is set). Long text is wrapped and cut
 * short with an ellipsis; the whole of it is in the box's tooltip.
 */
public final class PathwayDiagram extends Region {

    /** What one box shows, as typed. */
    public record Box(String setting, String who, String what, String waitBefore) {
    }

    private static final double BOX_WIDTH = 200;
    private static final double GAP = 96;
    private static final double PAD = 14;

    private final List<VBox> boxes = new ArrayList<>();
    private final List<Arrow> arrows = new ArrayList<>();
    private final Label empty = new Label("No steps yet: add the first step of the pathway above.");

    /** An arrow and the wait written over it. */
    private static final class Arrow {
        private final Line shaft;
        private final Polygon head;
        private final Label label;

        Arrow(Line shaft, Polygon head, Label label) {
            this.shaft = shaft;
            this.head = head;
            this.label = label;
        }

        Line shaft() {
            return shaft;
        }

        Polygon head() {
            return head;
        }

        Label label() {
            return label;
        }
    }

    public PathwayDiagram() {
        getStyleClass().add("pathway-diagram");
        empty.getStyleClass().add("muted");
        getChildren().add(empty);
    }

    /** Redraws the diagram for these steps, in order. */
    public void show(List<Box> steps) {
        getChildren().clear();
        boxes.clear();
        arrows.clear();
        if (steps.isEmpty()) {
            getChildren().add(empty);
            requestLayout();
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            Box step = steps.get(i);
            // The first step has an arrow into it only when a wait for it is set (from referral, say).
            if (i > 0 || !step.waitBefore().isEmpty()) {
                Arrow arrow = arrow(step.waitBefore());
                arrows.add(arrow);
                getChildren().addAll(arrow.shaft(), arrow.head(), arrow.label());
            } else {
                arrows.add(null);
            }
            VBox box = box(i + 1, step);
            boxes.add(box);
            getChildren().add(box);
        }
        requestLayout();
    }

    private static VBox box(int number, Box step) {
        Label setting = text("pathway-setting", number + ". " + orDash(step.setting()));
        Label who = text("pathway-who", orDash(step.who()));
        Label what = text("pathway-what", orDash(step.what()));
        VBox box = new VBox(3, setting, who, what);
        box.getStyleClass().add("pathway-box");
        box.setPrefWidth(BOX_WIDTH);
        box.setMinWidth(BOX_WIDTH);
        box.setMaxWidth(BOX_WIDTH);
        Tooltip.install(box, new Tooltip(number + ". " + orDash(step.setting()) + "\n" + orDash(step.who()) + "\n"
                + orDash(step.what()) + (step.waitBefore().isEmpty() ? "" : "\nWait before this step: " + step.waitBefore())));
        return box;
    }

    private static Label text(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(BOX_WIDTH - 16);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Arrow arrow(String wait) {
        Line shaft = new Line();
        shaft.getStyleClass().add("pathway-arrow");
        Polygon head = new Polygon();
        head.getStyleClass().add("pathway-arrow-head");
        Label label = new Label(wait.isEmpty() ? "no wait set" : wait);
        label.getStyleClass().add(wait.isEmpty() ? "pathway-wait-none" : "pathway-wait");
        label.setWrapText(true);
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(GAP - 8);
        label.setStyle("-fx-text-alignment: center;");
        return new Arrow(shaft, head, label);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s.strip();
    }

    private double boxHeight() {
        double h = 0;
        for (VBox b : boxes) {
            h = Math.max(h, b.prefHeight(BOX_WIDTH));
        }
        return h;
    }

    @Override
    protected double computePrefWidth(double height) {
        if (boxes.isEmpty()) {
            return empty.prefWidth(-1) + 2 * PAD;
        }
        return 2 * PAD + boxes.size() * BOX_WIDTH + arrows.stream().filter(a -> a != null).count() * GAP;
    }

    /** Never squeezed below its boxes' height: a shorter pane scrolls rather than cutting the text off. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (boxes.isEmpty()) {
            return empty.prefHeight(-1) + 2 * PAD;
        }
        return 2 * PAD + boxHeight();
    }

    @Override
    protected void layoutChildren() {
        if (boxes.isEmpty()) {
            empty.resizeRelocate(PAD, PAD, empty.prefWidth(-1), empty.prefHeight(-1));
            return;
        }
        double h = boxHeight();
        double x = PAD;
        for (int i = 0; i < boxes.size(); i++) {
            if (arrows.get(i) != null) {
                layoutArrow(arrows.get(i), x, PAD + h / 2);
                x += GAP;
            }
            boxes.get(i).resizeRelocate(x, PAD, BOX_WIDTH, h);
            x += BOX_WIDTH;
        }
    }

    private static void layoutArrow(Arrow a, double left, double y) {
        double start = left + 6;
        double end = left + GAP - 6;
        a.shaft().setStartX(start);
        a.shaft().setStartY(y);
        a.shaft().setEndX(end - 8);
        a.shaft().setEndY(y);
        a.head().getPoints().setAll(end, y, end - 10, y - 6, end - 10, y + 6);
        Node label = a.label();
        double w = Math.min(a.label().prefWidth(-1), GAP - 8);
        double lh = a.label().prefHeight(w);
        label.resizeRelocate(left + (GAP - w) / 2, y - lh - 4, w, lh);
    }
}
