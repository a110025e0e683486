package org.commissioningdesk.common;

import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table's menu (right click, the Menu key or Shift+F10): sort by any column and show or hide
 * columns, so both are open to keyboard users too.
 */
public final class TableMenu {

    private TableMenu() {
    }

    /** The menu for {@code table}, built from its columns as they are now. */
    public static <S> ContextMenu sortAndColumns(TableView<S> table) {
        ContextMenu menu = new ContextMenu();
        Menu sortBy = new Menu("Sort by");
        Menu columns = new Menu("Columns");
        for (TableColumn<S, ?> column : table.getColumns()) {
            MenuItem ascending = new MenuItem(column.getText());
            ascending.setOnAction(e -> {
                column.setSortType(TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(column));
            });
            sortBy.getItems().add(ascending);
            CheckMenuItem shown = new CheckMenuItem(column.getText());
            shown.selectedProperty().bindBidirectional(column.visibleProperty());
            columns.getItems().add(shown);
        }
        MenuItem reverse = new MenuItem("Reverse order");
        reverse.setOnAction(e -> table.getSortOrder().stream().findFirst().ifPresent(c -> {
            c.setSortType(c.getSortType() == TableColumn.SortType.ASCENDING
                    ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
            table.sort();
        }));
        sortBy.getItems().addAll(new SeparatorMenuItem(), reverse);
        menu.getItems().addAll(sortBy, columns);
        return menu;
    }
}
