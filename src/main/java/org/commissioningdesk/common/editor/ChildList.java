package org.commissioningdesk.common.editor;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A record's list of parts (priorities, consultation responses, pathway steps, KPIs) shown as a
 * table beside the form of the part chosen: Add, Remove and Move up/down (also Alt+Up/Down in the
 * table), a number column, rows with a problem marked, and the form bound to the chosen row through
 * one {@link BindingGroup}. Nothing can be added, removed or moved while the record is read-only.
 * <p>
 * After the list is filled again (a save, a reload) the row with the same key is chosen again, so
 * the person keeps their place; otherwise the first row is.
 *
 * @param <F> the form of one part
 */
public final class ChildList<F> {

    private final TableView<F> table;
    private final ObservableList<F> items;
    private final EditorSession session;
    private final BooleanBinding locked;
    private final BindingGroup shown = new BindingGroup();
    private Function<F, Object> key = f -> f;
    private String errorPrefix;
    private Object lastKey;
    private BiConsumer<F, BindingGroup> detail = (f, group) -> { };

    /** Binds {@code table} to {@code items} (the view model's list, whose order is the record's). */
    public ChildList(TableView<F> table, ObservableList<F> items, EditorSession session) {
        this.table = table;
        this.items = items;
        this.session = session;
        this.locked = Bindings.not(session.editableProperty());
        // Sorting by a column changes only the view, never the record's own order (which would be an edit to save).
        javafx.collections.transformation.SortedList<F> sorted = new javafx.collections.transformation.SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        org.commissioningdesk.common.Tables.wholeTextOnHover(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> show(now));
        table.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        session.fillsProperty().addListener((obs, was, now) -> reselect());
    }

    /** How a row is known again after the list is filled afresh (its stable key). */
    public ChildList<F> keyedBy(Function<F, Object> rowKey) {
        this.key = rowKey::apply;
        return this;
    }

    /** A "#" column numbering the rows from 1. */
    public ChildList<F> numbered(TableColumn<F, Integer> column) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(items.indexOf(c.getValue()) + 1));
        items.addListener((ListChangeListener<F>) c -> table.refresh());
        return this;
    }

    /** Marks a row whose fields have a problem; the form's keys for row {@code i} start {@code prefix.i.}. */
    public ChildList<F> errorsUnder(String prefix) {
        this.errorPrefix = prefix;
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(F item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-error");
                if (!empty && item != null && hasErrors(items.indexOf(item))) {
                    getStyleClass().add("row-error");
                }
            }
        });
        session.form().shown().addListener((MapChangeListener<String, String>) c -> table.refresh());
        session.showErrorsProperty().addListener((obs, was, now) -> table.refresh());
        return this;
    }

    /** The key prefix of the chosen row's fields ({@code priority.2.}), or null when none is chosen. */
    public String chosenPrefix() {
        int i = selectedIndex();
        return i < 0 || errorPrefix == null ? null : errorPrefix + "." + i + ".";
    }

    /** Add: makes a part, chooses it and puts the focus on {@code focus}. */
    /** Add: {@code make} adds a part and gives it (or null when nothing was added), which is chosen and {@code focus} focused. */
    public ChildList<F> adds(Button add, Supplier<F> make, Node focus) {
        add.disableProperty().bind(locked);
        add.setOnAction(e -> {
            F f = make.get();
            if (f == null) {
                // The person thought better of it when asked.
                return;
            }
            table.getSelectionModel().select(f);
            table.scrollTo(f);
            if (focus != null) {
                focus.requestFocus();
            }
        });
        return this;
    }

    /** Remove: asks {@code confirm} about the chosen part, then {@code remove}s it. */
    public ChildList<F> removes(Button remove, Predicate<F> confirm, java.util.function.Consumer<F> removeIt) {
        remove.disableProperty().bind(locked.or(none()));
        remove.setOnAction(e -> {
            F f = table.getSelectionModel().getSelectedItem();
            if (f != null && confirm.test(f)) {
                removeIt.accept(f);
            }
        });
        return this;
    }

    /** Move up and Move down (and Alt+Up/Down in the table). */
    public ChildList<F> moves(Button up, Button down) {
        up.disableProperty().bind(locked.or(none()).or(table.getSelectionModel().selectedIndexProperty().lessThan(1)));
        down.disableProperty().bind(locked.or(none()).or(Bindings.createBooleanBinding(() ->
                table.getSelectionModel().getSelectedIndex() >= items.size() - 1,
                table.getSelectionModel().selectedIndexProperty(), items)));
        for (Button b : new Button[] {up, down}) {
            if (b.getTooltip() == null) {
                b.setTooltip(new Tooltip(b == up ? "Alt+Up in the list" : "Alt+Down in the list"));
            }
        }
        up.setOnAction(e -> move(-1));
        down.setOnAction(e -> move(1));
        return this;
    }

    /**
     * The form of the chosen part: disabled while none is chosen; {@code bind} binds its controls to
     * the part through the group (undone when another is chosen), and is called with null to clear it.
     */
    public ChildList<F> detail(Node form, BiConsumer<F, BindingGroup> bind) {
        form.disableProperty().bind(none());
        this.detail = bind;
        show(table.getSelectionModel().getSelectedItem());
        return this;
    }

    /** Moves the chosen part up (-1) or down (+1); refused while read-only or at the end of the list. */
    public boolean move(int by) {
        F f = table.getSelectionModel().getSelectedItem();
        int from = items.indexOf(f);
        int to = from + by;
        if (f == null || !session.editableProperty().get() || from < 0 || to < 0 || to >= items.size()) {
            return false;
        }
        items.remove(from);
        items.add(to, f);
        table.getSelectionModel().select(f);
        table.requestFocus();
        return true;
    }

    public F chosen() {
        return table.getSelectionModel().getSelectedItem();
    }

    public int selectedIndex() {
        F f = chosen();
        return f == null ? -1 : items.indexOf(f);
    }

    /** True while no row is chosen. */
    public BooleanBinding none() {
        return table.getSelectionModel().selectedItemProperty().isNull();
    }

    public ObservableBooleanValue lockedProperty() {
        return locked;
    }

    private void show(F f) {
        shown.dispose();
        if (f != null) {
            lastKey = key.apply(f);
        }
        detail.accept(f, shown);
    }

    /** After the list was filled afresh: the row with the last key, else the first. */
    private void reselect() {
        Object wanted = lastKey;
        items.stream().filter(f -> Objects.equals(key.apply(f), wanted)).findFirst().ifPresentOrElse(
                f -> table.getSelectionModel().select(f), () -> table.getSelectionModel().selectFirst());
    }

    private boolean hasErrors(int index) {
        String prefix = errorPrefix + "." + index + ".";
        return session.showErrorsProperty().get() && session.form().shown().keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }
}
