package org.commissioningdesk.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo box chores the application does the same way everywhere. */
public final class ComboBoxes {

    private ComboBoxes() {
    }

    /**
     * Replaces a combo box's choices without losing its value: JavaFX clears the value of a combo box
     * whose items are replaced, which would silently blank a bound field.
     */
    public static <T> void replaceItems(ComboBox<T> combo, List<T> items) {
        T kept = combo.getValue();
        if (!combo.getItems().equals(items)) {
            combo.getItems().setAll(items);
        }
        if (!Objects.equals(combo.getValue(), kept)) {
            combo.setValue(kept);
        }
    }

    /** A converter for choices that are shown as {@code text} gives them and never typed ("" for none). */
    public static <T> StringConverter<T> shown(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    /**
     * Shows the combo box's choice as {@code text} gives it, and its prompt again once the value
     * goes back to null (JavaFX otherwise shows nothing at all).
     */
    public static <T> void showPromptWhenEmpty(ComboBox<T> combo, Function<T, String> text) {
        combo.setConverter(shown(text));
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("prompt");
                if (empty || item == null) {
                    setText(combo.getPromptText());
                    getStyleClass().add("prompt");
                } else {
                    setText(text.apply(item));
                }
            }
        });
    }
}
