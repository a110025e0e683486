package org.commissioningdesk.app;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The screens on the navigation rail. A screen appears here only once it is built. */
enum Screen {
    DASHBOARD("Dashboard"),
    ORGANISATIONS("Organisations"),
    PROSPECTUSES("Prospectuses"),
    SPECIFICATIONS("Specifications");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }

    /** The Go menu: one item a screen, Ctrl+1 onwards, choosing it on {@code rail} and off while the rail is. */
    static List<MenuItem> goMenu(ListView<Screen> rail) {
        List<MenuItem> items = new ArrayList<>();
        int n = 1;
        for (Screen screen : values()) {
            MenuItem item = new MenuItem(screen.title());
            item.setId("go-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n++)), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> rail.getSelectionModel().select(screen));
            item.disableProperty().bind(rail.disableProperty());
            items.add(item);
        }
        return items;
    }
}
