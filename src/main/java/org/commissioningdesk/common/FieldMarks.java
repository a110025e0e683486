package org.commissioningdesk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.scene.control.Control;
import javafx.scene.control.Label;

/**
 * Puts a form's messages where they belong: each field (one or more controls) has the keys of its
 * messages and, usually, a label under it. {@link #refresh} writes each label and marks each
 * control that has a message with the {@code has-error} style class.
 */
public final class FieldMarks {

    /** One field: its controls, the label under it (or null), and the keys of its messages. */
    private static final class Mark {
        private final List<Control> controls;
        private final Label label;
        private final Supplier<List<String>> keys;

        Mark(List<Control> controls, Label label, Supplier<List<String>> keys) {
            this.controls = controls;
            this.label = label;
            this.keys = keys;
        }
    }

    private final List<Mark> marks = new ArrayList<>();

    /**
     * Marks {@code controls} with the messages under {@code keys} (asked afresh at each refresh, as
     * they may follow a selection); {@code label}, if given, shows them and takes no room while empty.
     */
    public void mark(Label label, Supplier<List<String>> keys, Control... controls) {
        marks.add(new Mark(List.of(controls), label, keys));
        if (label != null) {
            reserveLine(label);
        }
    }

    /** Forgets the marks whose label matches (fields built afresh, such as one row per outcome). */
    public void forget(Predicate<Label> label) {
        marks.removeIf(m -> m.label != null && label.test(m.label));
    }

    /** Shows each field's messages, as {@code error} gives them for a key (null for none). */
    public void refresh(Function<String, String> error) {
        for (Mark m : marks) {
            List<String> messages = m.keys.get().stream().map(error).filter(Objects::nonNull).distinct().toList();
            if (m.label != null && !m.label.textProperty().isBound()) {
                m.label.setText(String.join(" ", messages));
            }
            for (Control c : m.controls) {
                c.getStyleClass().remove("has-error");
                if (!messages.isEmpty()) {
                    c.getStyleClass().add("has-error");
                }
            }
        }
    }

    /**
     * A field's message line: one line high whether or not it has something to say, so the fields
     * below never move as messages come and go. A message too long for it ends in an ellipsis and is
     * shown whole in its tooltip.
     */
    public static void reserveLine(Label label) {
        label.setWrapText(false);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(label.textProperty());
        label.tooltipProperty().bind(javafx.beans.binding.Bindings.when(label.textProperty().isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(whole));
    }

    /** A label that is shown, and takes room, only while it has something to say. */
    public static void showOnlyWithText(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
    }
}
