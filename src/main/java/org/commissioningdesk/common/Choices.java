package org.commissioningdesk.common;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.Property;
import javafx.collections.ObservableList;

/** Chores of the lists of choices view models offer, done the same way everywhere. */
public final class Choices {

    private Choices() {
    }

    /**
     * Replaces the choices and keeps the chosen value: a combo box bound to {@code value} may clear it
     * when its list is replaced, which would silently drop a filter or a field.
     */
    public static <T> void replaceKeeping(ObservableList<T> choices, List<T> fresh, Property<T> value) {
        T kept = value.getValue();
        if (!choices.equals(fresh)) {
            choices.setAll(fresh);
        }
        if (!Objects.equals(value.getValue(), kept)) {
            value.setValue(kept);
        }
    }
}
