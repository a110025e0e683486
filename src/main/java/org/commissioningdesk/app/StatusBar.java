package org.commissioningdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import org.commissioningdesk.common.BackgroundTask;
import org.commissioningdesk.common.TaskRunner;

/**
 * The main window's status bar: the last action's message, and for work that has run longer than
 * {@link BackgroundTask#SLOW}, a progress area with its progress and (where it can stop) Cancel. It shows
 * every task of the runners it {@link #watch watches}, except quiet housekeeping; quick work that has
 * nothing to say leaves the message as it was, so nothing flickers.
 */
final class StatusBar {

    private final Label label;
    private final Node area;
    private final ProgressBar bar;
    private final Button cancel;
    /** The tasks under way, oldest first: the progress area shows the newest that has run long. */
    private final List<BackgroundTask<?>> running = new ArrayList<>();
    private BackgroundTask<?> shown;
    /** The task whose message the label shows (null for a message given with {@link #say}). */
    private BackgroundTask<?> speaking;
    /** What the label said before a task spoke: said again if that task ends with nothing to say. */
    private String before = "";

    StatusBar(Label label, Node area, ProgressBar bar, Button cancel) {
        this.label = label;
        this.area = area;
        this.bar = bar;
        this.cancel = cancel;
        area.managedProperty().bind(area.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        area.setVisible(false);
        keepHeightFor(area.getParent());
        area.parentProperty().addListener((o, was, now) -> keepHeightFor(now));
        cancel.setOnAction(e -> {
            BackgroundTask<?> task = shown;
            if (task != null) {
                task.cancel();
                if (task.isRunning()) {
                    say("Cancelling…");
                }
            }
        });
    }

    /**
     * The bar is always as tall as it is with the progress area showing, so the screen above it never
     * moves when work starts or ends.
     */
    private void keepHeightFor(Parent row) {
        if (row instanceof Region r) {
            r.minHeightProperty().bind(Bindings.createDoubleBinding(() -> r.snappedTopInset() + r.snappedBottomInset()
                    + Math.max(label.prefHeight(-1), area.prefHeight(-1)), r.insetsProperty(), label.fontProperty(),
                    cancel.skinProperty(), cancel.fontProperty(), bar.skinProperty()));
        }
    }

    /** Shows the tasks {@code runner} runs from now on, and says what is announced on it. */
    void watch(TaskRunner runner) {
        runner.watch(this::track);
        runner.listen(this::say);
    }

    /** A message of the window's own, with the full text as a tooltip for when it does not fit. */
    void say(String message) {
        speaking = null;
        show(message);
    }

    private void track(BackgroundTask<?> task) {
        if (task.quiet() || !task.isRunning()) {
            return;
        }
        running.add(task);
        if (!task.messageProperty().get().isEmpty()) {
            speak(task, task.messageProperty().get());
        }
        task.messageProperty().addListener((obs, was, now) -> {
            if (task.isRunning() && now != null && !now.isEmpty() && !task.cancellingProperty().get()) {
                speak(task, now);
            }
        });
        task.slowProperty().addListener((obs, was, now) -> {
            if (now && speaking != task) {
                String message = task.messageProperty().get();
                speak(task, message.isEmpty() ? title(task.name()) + "…" : message);
            }
            refresh();
        });
        task.progressProperty().addListener(obs -> refresh());
        task.cancellingProperty().addListener(obs -> refresh());
        task.stateProperty().addListener((obs, was, now) -> ended(task, now));
    }

    private void ended(BackgroundTask<?> task, BackgroundTask.State how) {
        running.remove(task);
        if (how == BackgroundTask.State.CANCELLED) {
            say(task.cancelledMessage());
        } else if (how == BackgroundTask.State.SUCCEEDED && task.doneMessage() != null) {
            say(task.doneMessage());
        } else if (speaking == task) {
            // It had nothing to say of how it went (a failure is told by whoever started it).
            say(before);
        }
        refresh();
    }

    private void speak(BackgroundTask<?> task, String message) {
        if (speaking == null) {
            before = label.getText() == null ? "" : label.getText();
        }
        speaking = task;
        show(message);
    }

    private void refresh() {
        shown = null;
        for (int i = running.size() - 1; i >= 0 && shown == null; i--) {
            if (running.get(i).slowProperty().get()) {
                shown = running.get(i);
            }
        }
        // The area's parts are set before it shows, so it never shows for a moment as it was for another task.
        if (shown != null) {
            bar.setProgress(shown.progressProperty().get() < 0 ? ProgressBar.INDETERMINATE_PROGRESS
                    : shown.progressProperty().get());
            cancel.setVisible(shown.offersCancel());
            cancel.setDisable(shown.cancellingProperty().get());
        }
        area.setVisible(shown != null);
    }

    private void show(String message) {
        label.setText(message);
        label.setTooltip(message == null || message.isEmpty() ? null : new Tooltip(message));
    }

    private static String title(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
