package org.commissioningdesk.common;

import java.util.function.Function;

import javafx.scene.control.ComboBox;

/**
 * Choosers for long lists (organisations above all): type part of a name to narrow the list, Enter
 * or a click to choose; the list opens at the current value. The combo box keeps its items, value
 * and bindings as they were, so a view model's choices may be refreshed under it
 * ({@link Choices#replaceKeepingChosen}) without losing what was chosen.
 */
public final class Pickers {

    private Pickers() {
    }

    /**
     * Makes {@code combo} searchable, showing each choice as {@code name} gives it (and its prompt
     * again when the value goes back to null).
     */
    public static <T> void searchable(ComboBox<T> combo, Function<T, String> name) {
        ComboBoxes.showPromptWhenEmpty(combo, name);
        combo.setVisibleRowCount(12);
        combo.setSkin(new TypeAheadSkin<>(combo, name));
    }
}
