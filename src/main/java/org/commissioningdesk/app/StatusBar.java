package org.commissioningdesk.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;

/** The main window's status bar: what is happening, a busy spinner, and Cancel for work that can be stopped. */
final class StatusBar {

    private final Label label;
    private final ProgressIndicator spinner;
    private final Button cancel;
    private Runnable stop = () -> { };

    StatusBar(Label label, ProgressIndicator spinner, Button cancel) {
        this.label = label;
        this.spinner = spinner;
        this.cancel = cancel;
        spinner.managedProperty().bind(spinner.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            label.setText("Cancelling…");
            stop.run();
        });
    }

    /** Work under way: {@code message} with the spinner. */
    void busy(String message) {
        say(message);
        spinner.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.setVisible(true);
    }

    /** How far the work under way has got, from 0 to 1: the spinner becomes a filling circle. */
    void progress(double fraction) {
        if (spinner.isVisible()) {
            spinner.setProgress(Math.max(0, Math.min(1, fraction)));
        }
    }

    /** Nothing under way: {@code message} alone. */
    void idle(String message) {
        say(message);
        spinner.setVisible(false);
        spinner.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
        stop = () -> { };
        cancel.setVisible(false);
    }

    /** A message, with the full text as a tooltip for when it does not fit. */
    void say(String message) {
        label.setText(message);
        label.setTooltip(message == null || message.isEmpty() ? null : new Tooltip(message));
    }

    /** Work under way that {@code onCancel} stops: {@code message}, the spinner and Cancel. */
    void cancellable(String message, Runnable onCancel) {
        busy(message);
        stop = onCancel;
        cancel.setDisable(false);
        cancel.setVisible(true);
    }
}
