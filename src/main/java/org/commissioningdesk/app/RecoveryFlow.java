package org.commissioningdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Window;

import org.commissioningdesk.common.BackgroundTask;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.DatabaseRecovery;

/**
 * File > Recover a damaged database…, and the Recover… offered when a file is found damaged: the person
 * names a new file, the recovery runs in the background with Cancel, and the copy can be opened at once.
 * The damaged file is never written.
 */
final class RecoveryFlow {

    private final TaskRunner runner;
    private final FilePicker picker;
    private final StatusBar status;
    private final Node owner;
    private final Supplier<Window> window;
    private final Consumer<DatabaseLocation> open;
    private boolean closed;
    /** The recovery under way, or null. */
    private BackgroundTask<?> running;

    RecoveryFlow(TaskRunner runner, FilePicker picker, StatusBar status, Node owner, Supplier<Window> window,
                 Consumer<DatabaseLocation> open) {
        this.runner = runner;
        this.picker = picker;
        this.status = status;
        this.owner = owner;
        this.window = window;
        this.open = open;
    }

    /** Asks which damaged file to recover, starting in {@code folder}, then recovers it. */
    void chooseAndRecover(Path folder) {
        picker.open(window.get(), "Choose the damaged database", folder).ifPresent(this::recover);
    }

    /** Asks where to write what can be read from {@code damaged}, then recovers it there. */
    void recover(Path damaged) {
        Optional<Path> out = picker.save(window.get(), "Save the recovered database as", damaged.getParent(),
                suggestedName(damaged));
        if (out.isEmpty() || closed) {
            return;
        }
        running = runner.task("recover database", task -> {
            DatabaseLocation target = DatabaseLocation.of(out.get());
            return new Recovered(target, DatabaseRecovery.recover(damaged, target, task::isCancelled));
        }).message("Recovering " + damaged.getFileName() + " into " + out.get().getFileName() + "…")
                .whenCancelled("Recovery cancelled: no new file was made, and the damaged file was not changed.")
                .onSuccess(done -> {
                    status.say("Recovered " + done.report().rows() + " records into "
                            + done.target().file().getFileName() + ".");
                    if (Dialogs.infoWithAction(owner, "Database recovered", done.report().describe(),
                            "Open the recovered database")) {
                        open.accept(done.target());
                    }
                }).onFailure(failure -> {
                    status.say("The database was not recovered.");
                    Dialogs.error(owner, "The database was not recovered", Dialogs.describe(failure));
                }).start();
    }

    private record Recovered(DatabaseLocation target, DatabaseRecovery.Report report) {
    }

    /** The window is going: a recovery under way is stopped (leaving no new file) and says nothing more. */
    void close() {
        closed = true;
        if (running != null) {
            running.cancel();
        }
        runner.shutdown();
    }

    /** A Recover… button for {@code damaged}, for the pane shown when it could not be opened. */
    Button button(Path damaged) {
        Button recover = new Button("Recover…");
        recover.setId("recoverButton");
        recover.setOnAction(e -> recover(damaged));
        return recover;
    }

    /** Says that {@code damaged} could not be opened, with Recover… beside Close. */
    void offer(String title, String message, Path damaged) {
        if (Dialogs.errorWithAction(owner, title, message, "Recover…")) {
            recover(damaged);
        }
    }

    /** The name offered for a recovered copy: the damaged file's name with " recovered", beside it. */
    static String suggestedName(Path damaged) {
        String name = damaged.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".mv.db") ? name.substring(0, name.length() - 6) : name;
        return stem + " recovered.mv.db";
    }
}
