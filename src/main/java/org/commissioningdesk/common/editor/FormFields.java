package org.commissioningdesk.common.editor;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

import org.commissioningdesk.common.FieldMarks;

/**
 * The fields of one part of an editor (a tab, the header): each marked with its messages, which are
 * shown again whenever the form's messages change, and each locked while the record is read-only.
 */
public final class FormFields {

    private final EditorSession session;
    private final Function<String, String> error;
    private final FieldMarks marks = new FieldMarks();

    /** {@code error} gives the message shown for a key, or null (the view model's {@code error}). */
    public FormFields(EditorSession session, Function<String, String> error) {
        this.session = session;
        this.error = error;
        session.form().shown().addListener((MapChangeListener<String, String>) c -> refresh());
        session.showErrorsProperty().addListener((obs, was, now) -> refresh());
    }

    /** Shows the messages under {@code keys} (asked afresh each time) in {@code label} and on {@code controls}. */
    public void mark(Label label, Supplier<List<String>> keys, Control... controls) {
        marks.mark(label, keys, controls);
        refresh();
    }

    /** Forgets marks made for fields that have been taken away (rows built afresh). */
    public void forget(Predicate<Label> label) {
        marks.forget(label);
    }

    public void refresh() {
        marks.refresh(error);
    }

    /** Text fields that can be typed in only while the record is editable. */
    public void editable(TextInputControl... fields) {
        for (TextInputControl f : fields) {
            f.editableProperty().bind(session.editableProperty());
        }
    }

    /** Choosers, check boxes and buttons that work only while the record is editable. */
    public void locked(Node... nodes) {
        for (Node n : nodes) {
            n.disableProperty().bind(Bindings.not(session.editableProperty()));
        }
    }

    /**
     * A text area that grows with its text, from the rows it was given, so a long section reads as
     * part of the page rather than in a small box with its own scroll bar.
     */
    public static void growing(TextArea area) {
        area.setWrapText(true);
        area.skinProperty().addListener((obs, was, skin) -> {
            if (skin != null) {
                Platform.runLater(() -> fit(area));
            }
        });
        if (area.getSkin() != null) {
            fit(area);
        }
    }

    private static void fit(TextArea area) {
        double base = area.prefHeight(-1);
        for (Node n : area.lookupAll(".text")) {
            if (n instanceof Text text && !"prompt".equals(n.getId()) && text.getParent() != null
                    && text.getParent().getStyleClass().isEmpty()) {
                Runnable grow = () -> area.setPrefHeight(Math.max(base, text.getLayoutBounds().getHeight() + 24));
                text.layoutBoundsProperty().addListener((o, w, now) -> grow.run());
                grow.run();
                return;
            }
        }
    }
}
