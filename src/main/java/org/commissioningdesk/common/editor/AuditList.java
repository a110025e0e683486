package org.commissioningdesk.common.editor;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;

/**
 * A record's changes from the audit trail as a list of one line each (when, who, and what was done in plain
 * words), with everything the chosen one did told under it, read only when it is chosen. Shared by every
 * History tab and the organisation register.
 */
public final class AuditList {

    static final String NO_CHANGE_CHOSEN = "Choose a change to see everything it did.";
    /** The height of one line of a list fitted to its entries. */
    private static final double LINE = 24;

    private AuditList() {
    }

    /**
     * Shows {@code audit} in {@code list}, each entry read as {@code line} says; choosing one puts everything it
     * did in {@code details}, read by {@code reader} (which reads away from the FX thread and gives the words back
     * on it). A reading that comes back after another change was chosen is dropped.
     */
    @SuppressWarnings("unchecked")
    public static <A> void show(ListView<Object> list, Label details, ObservableList<A> audit, Function<A, String> line,
                                BiConsumer<A, Consumer<String>> reader) {
        list.setItems((ObservableList<Object>) audit);
        list.setCellFactory(view -> {
            ListCell<Object> cell = new ListCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : line.apply((A) item));
                    setTooltip(getText() == null ? null : new Tooltip(getText()));
                }
            };
            // A line fits the list's width (ending in "…" when long) rather than scrolling it sideways: the
            // change chosen is told whole below, and hovering shows the line whole.
            cell.setPrefWidth(0);
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, chosen) -> {
            if (chosen == null) {
                details.setText(NO_CHANGE_CHOSEN);
                return;
            }
            details.setText("Reading the change…");
            reader.accept((A) chosen, words -> {
                if (list.getSelectionModel().getSelectedItem() == chosen) {
                    details.setText(words);
                }
            });
        });
        details.setText(NO_CHANGE_CHOSEN);
    }

    /**
     * Makes {@code list} as tall as its {@code entries}, up to {@code most} lines (then it scrolls), so that a short
     * history keeps a form short; one line when there are none, for the placeholder.
     */
    public static void fitTo(ListView<?> list, ObservableList<?> entries, int most) {
        list.setFixedCellSize(LINE);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> LINE
                * Math.max(1, Math.min(most, entries.size())) + 4, entries));
    }
}
