package org.commissioningdesk.common;

import java.util.List;
import java.util.Objects;

import javafx.scene.control.ComboBox;

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
}
