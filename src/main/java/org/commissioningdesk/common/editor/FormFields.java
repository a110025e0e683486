package org.commissioningdesk.common.editor;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

import org.commissioningdesk.common.FieldMarks;

/**
 * The fields of one part of an editor (a tab, the header): each marked with its messages, which are
 * shown again whenever the form's messages change, and each locked while the record is read-only.
 */
public final class FormFields {

    /**
     * The style class of every field of a record that cannot be changed (an approved prospectus, an
     * agreed specification), styled once in app.css so that text fields, choosers, dates and check
     * boxes all look alike.
     */
    public static final String READ_ONLY = "read-only-field";

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
        editableWhile(session.editableProperty(), fields);
    }

    /** Choosers, check boxes and buttons that work only while the record is editable. */
    public void locked(Node... nodes) {
        lockedWhile(Bindings.not(session.editableProperty()), nodes);
    }

    /**
     * Text fields that can be typed in only while {@code editable} holds. Otherwise they are read-only,
     * not disabled, so their text can still be selected and copied, and they wear {@link #READ_ONLY}.
     */
    public static void editableWhile(ObservableBooleanValue editable, TextInputControl... fields) {
        for (TextInputControl f : fields) {
            f.editableProperty().bind(editable);
            // Listening to the field's own property leaves nothing behind when a row's fields are built afresh.
            f.editableProperty().addListener((obs, was, now) -> lookReadOnly(f, !now));
            lookReadOnly(f, !f.isEditable());
        }
    }

    /**
     * Choosers, check boxes and buttons that work only while {@code locked} does not hold. A locked
     * chooser, date or check box wears {@link #READ_ONLY}, so it looks like a read-only text field
     * rather than faded; a locked button looks disabled, as any button that cannot be pressed.
     */
    public static void lockedWhile(ObservableBooleanValue locked, Node... nodes) {
        for (Node n : nodes) {
            n.disableProperty().bind(locked);
            if (!(n instanceof ButtonBase) || n instanceof CheckBox || n instanceof RadioButton) {
                n.disableProperty().addListener((obs, was, now) -> lookReadOnly(n, now));
                lookReadOnly(n, n.isDisable());
            }
        }
    }

    private static void lookReadOnly(Node n, boolean readOnly) {
        n.getStyleClass().remove(READ_ONLY);
        if (readOnly) {
            n.getStyleClass().add(READ_ONLY);
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
