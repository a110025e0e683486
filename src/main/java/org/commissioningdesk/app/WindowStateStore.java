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
        // Never larger than the screen it opens on (a 1024x768 laptop, say), so no part starts off the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(Math.max(800, width), screen.getWidth()));
        stage.setHeight(Math.min(Math.max(560, height), screen.getHeight()));
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 50)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            // Centred on the screen, but never with its title bar above the top or its left edge off the left.
            stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - stage.getWidth()) / 2));
            stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - stage.getHeight()) / 3));
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
