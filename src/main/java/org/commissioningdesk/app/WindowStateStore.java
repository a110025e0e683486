package org.commissioningdesk.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size and position between runs (Java preferences, per user). */
final class WindowStateStore {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Preferences node;

    WindowStateStore(Preferences node) {
        this.node = node;
    }

    static WindowStateStore forUser() {
        return new WindowStateStore(Preferences.userRoot().node("org/commissioningdesk/window"));
    }

    /** Puts the stage where it was last time, if that place is still on a screen. */
    void restore(Stage stage) {
        double width = node.getDouble("width", DEFAULT_WIDTH);
        double height = node.getDouble("height", DEFAULT_HEIGHT);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        stage.setWidth(Math.max(800, width));
        stage.setHeight(Math.max(560, height));
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 50)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    /** Notes the stage's place in memory; {@link #flush()} writes it to disk (off the UI thread). */
    void save(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
        }
    }

    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the window position is not worth troubling anyone about.
        }
    }
}
