package org.commissioningdesk.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Tables that read well at any width: the title column takes the width the others leave (they keep
 * the width that fits their content), and a cell too narrow for its text shows the whole of it as a
 * tooltip, which also tells apart two rows that look the same when cut short.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * The other columns keep the width set for them (what their content needs) and {@code title}
     * takes the rest; in a narrow window they all give way down to their minimum widths.
     */
    public static <S> void titleTakesSpare(TableView<S> table, TableColumn<S, ?> title) {
        for (TableColumn<S, ?> c : table.getColumns()) {
            if (c != title) {
                c.setMaxWidth(c.getPrefWidth());
            }
        }
        title.setMaxWidth(Double.MAX_VALUE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Every column of text shows its cell's whole text as a tooltip (columns with cells of their own are left). */
    public static <S> void wholeTextOnHover(TableView<S> table) {
        for (TableColumn<S, ?> column : table.getColumns()) {
            wholeTextOnHover(column);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S, T> void wholeTextOnHover(TableColumn<S, T> column) {
        if ((Object) column.getCellFactory() != TableColumn.DEFAULT_CELL_FACTORY) {
            return;
        }
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                setGraphic(null);
                setTooltip(text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
    }
}
