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

    /**
     * Replaces the choices and keeps the one chosen, matched by {@code id}: a chosen value no longer
     * offered (a retired organisation on the record it is on) stays among the choices, and the
     * value is set again from the fresh list, since a combo box may clear it when its list is replaced.
     */
    public static <T> void replaceKeepingChosen(ObservableList<T> choices, List<T> fresh, Property<T> chosen,
                                                java.util.function.ToLongFunction<T> id) {
        T was = chosen.getValue();
        List<T> all = new java.util.ArrayList<>(fresh);
        if (was != null && all.stream().noneMatch(o -> id.applyAsLong(o) == id.applyAsLong(was))) {
            all.add(was);
        }
        choices.setAll(all);
        if (was != null) {
            T same = all.stream().filter(o -> id.applyAsLong(o) == id.applyAsLong(was)).findFirst().orElse(was);
            chosen.setValue(null);
            chosen.setValue(same);
        }
    }
}
