package org.commissioningdesk.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PopupControl;
import javafx.scene.control.Skin;
import javafx.scene.control.Skinnable;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * A combo box skin whose list opens with a search field: what is typed narrows the list (every word
 * must appear in the name, names starting with it first), Enter or a click chooses, Escape or a click
 * elsewhere leaves the value as it was. The list opens at the current value.
 *
 * <p>The combo box keeps its own items and value, untouched while the person searches: its value
 * changes once, when a choice is made. (ControlsFX's SearchableComboBox narrows by replacing the
 * items of an inner combo box, which sets the bound value to null while typing and throws when the
 * items are replaced with a shorter list; see docs/decisions.)
 */
final class TypeAheadSkin<T> extends ComboBoxListViewSkin<T> {

    /** The height of one row of the list, fixed so the popup's height follows the number of matches. */
    private static final double ROW = 25;

    private final ComboBox<T> combo;
    private final Function<T, String> name;
    private final TextField search = new TextField();
    private final ListView<T> list = new ListView<>();
    private final Label nothing = new Label();
    private final VBox content;
    private final PopupControl popup;
    private final EventHandler<KeyEvent> typedOnCombo = this::typedOnCombo;
    private final ListChangeListener<T> itemsChanged = c -> narrow();

    TypeAheadSkin(ComboBox<T> combo, Function<T, String> name) {
        super(combo);
        this.combo = combo;
        this.name = name;
        search.setId("typeAheadSearch");
        search.setPromptText("Type to narrow the list");
        search.setAccessibleText("Type part of the name to narrow the list");
        search.textProperty().addListener(o -> narrow());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::keyInSearch);
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW);
        list.setPlaceholder(nothing);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        });
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clickInList);
        content = new VBox(search, list);
        // "combo-box-popup" gives the list the look of every other combo box's list (and lets the
        // flow tests find its cells the same way).
        content.getStyleClass().addAll("combo-box-popup", "type-ahead-popup");
        popup = new PopupControl() {
            @Override
            public javafx.css.Styleable getStyleableParent() {
                return combo;
            }
        };
        popup.setSkin(new Skin<Skinnable>() {
            @Override
            public Skinnable getSkinnable() {
                return popup;
            }

            @Override
            public Node getNode() {
                return content;
            }

            @Override
            public void dispose() {
                // Nothing of its own to let go.
            }
        });
        popup.setAutoHide(true);
        popup.setAutoFix(true);
        popup.setHideOnEscape(true);
        // Closed by a click elsewhere or Escape: the combo box is no longer showing either.
        popup.setOnHidden(e -> {
            combo.getItems().removeListener(itemsChanged);
            search.clear();
            if (combo.isShowing()) {
                combo.hide();
            }
        });
        combo.addEventHandler(KeyEvent.KEY_TYPED, typedOnCombo);
        // A click elsewhere in the window takes the focus from the combo box: the list closes, as any combo box's does.
        registerChangeListener(combo.focusedProperty(), o -> {
            if (!combo.isFocused()) {
                hide();
            }
        });
    }

    /** Called when the combo box's list is to be shown (a click, F4, Alt+Down, or a letter typed). */
    @Override
    public void show() {
        if (popup.isShowing() || combo.getScene() == null || combo.getScene().getWindow() == null) {
            return;
        }
        combo.getItems().addListener(itemsChanged);
        narrow();
        Point2D at = combo.localToScreen(0, combo.getHeight());
        content.setMinWidth(combo.getWidth());
        content.setPrefWidth(Math.max(combo.getWidth(), 280));
        popup.show(combo, at.getX(), at.getY());
        search.requestFocus();
        search.end();
        reveal();
    }

    @Override
    public void hide() {
        if (popup.isShowing()) {
            popup.hide();
        }
    }

    @Override
    public void dispose() {
        combo.removeEventHandler(KeyEvent.KEY_TYPED, typedOnCombo);
        combo.getItems().removeListener(itemsChanged);
        hide();
        super.dispose();
    }

    /** A letter typed on the closed combo box opens its list with the letter already in the search field. */
    private void typedOnCombo(KeyEvent e) {
        String typed = e.getCharacter();
        if (combo.isShowing() || combo.isDisabled() || typed == null || typed.isEmpty() || e.isControlDown()
                || e.isAltDown() || e.isMetaDown() || e.isShortcutDown() || Character.isISOControl(typed.charAt(0))
                || typed.isBlank()) {
            return;
        }
        e.consume();
        search.setText(typed);
        combo.show();
    }

    /** Shows the choices that match what is typed, and selects what Enter would choose. */
    private void narrow() {
        String typed = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        List<T> shown = new ArrayList<>();
        for (T item : combo.getItems()) {
            if (item != null && matches(text(item), typed)) {
                shown.add(item);
            }
        }
        if (!typed.isEmpty()) {
            // Names that start with what is typed come first; the rest keep the list's order.
            shown.sort(Comparator.comparingInt(item -> text(item).startsWith(typed) ? 0 : 1));
        }
        list.getItems().setAll(shown);
        nothing.setText(typed.isEmpty() ? "Nothing to choose from" : "Nothing matches \u2018" + search.getText().strip() + "\u2019");
        int rows = Math.max(1, Math.min(shown.size(), combo.getVisibleRowCount()));
        list.setPrefHeight(rows * ROW + 2);
        list.setMinHeight(rows * ROW + 2);
        if (typed.isEmpty()) {
            select(combo.getValue());
        } else if (!shown.isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
    }

    private String text(T item) {
        String s = name.apply(item);
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** Every word typed appears somewhere in the name. */
    static boolean matches(String name, String typed) {
        if (typed.isEmpty()) {
            return true;
        }
        for (String word : typed.split("\\s+")) {
            if (!name.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void select(T value) {
        int i = value == null ? -1 : list.getItems().indexOf(value);
        if (i < 0) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(i);
        }
    }

    /** Scrolls the list so the selected choice (the current value, on opening) stands in the middle. */
    private void reveal() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.scrollTo(Math.max(0, i - combo.getVisibleRowCount() / 2));
        }
    }

    private void keyInSearch(KeyEvent e) {
        KeyCode code = e.getCode();
        int size = list.getItems().size();
        int at = list.getSelectionModel().getSelectedIndex();
        int page = Math.max(1, combo.getVisibleRowCount() - 1);
        switch (code) {
            case DOWN -> move(at < 0 ? 0 : at + 1, size);
            case UP -> move(at < 0 ? 0 : at - 1, size);
            case PAGE_DOWN -> move(at < 0 ? 0 : at + page, size);
            case PAGE_UP -> move(at - page, size);
            case ENTER, TAB -> choose(list.getSelectionModel().getSelectedItem());
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int to, int size) {
        if (size == 0) {
            return;
        }
        int i = Math.max(0, Math.min(size - 1, to));
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - combo.getVisibleRowCount() / 2));
    }

    private void clickInList(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        for (Node n = (Node) e.getPickResult().getIntersectedNode(); n != null && n != list; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                if (!cell.isEmpty()) {
                    choose(list.getItems().get(cell.getIndex()));
                }
                return;
            }
        }
    }

    /** Makes {@code item} the combo box's value (nothing when null) and closes the list. */
    private void choose(T item) {
        if (item != null && !Objects.equals(item, combo.getValue())) {
            combo.setValue(item);
        }
        close();
    }

    private void close() {
        combo.hide();
        combo.requestFocus();
    }
}
