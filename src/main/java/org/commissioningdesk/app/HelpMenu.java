package org.commissioningdesk.app;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.LogFolder;
import org.commissioningdesk.common.TaskRunner;

/** The Help menu: About, and Show log folder (in the file manager, or its path to copy where that cannot be done). */
final class HelpMenu {

    private final TaskRunner desktop;
    private final FilePicker picker;
    private final StatusBar status;
    private final Node owner;
    private final Supplier<Window> window;

    /** @param desktop hands things to the desktop, which can take seconds: never behind a save */
    HelpMenu(TaskRunner desktop, FilePicker picker, StatusBar status, Node owner, Supplier<Window> window) {
        this.desktop = desktop;
        this.picker = picker;
        this.status = status;
        this.owner = owner;
        this.window = window;
    }

    /** Help > About, naming the database open (its file, or its shared address; {@code null}: none). */
    void about(String database) {
        Dialogs.info(owner, "About Commissioning Desk", "Commissioning Desk " + AppVersion.get()
                + "\n\nPlan, specify, contract and settle NHS commissioning, offline."
                + "\n\nDatabase: " + (database == null ? "none open" : database)
                + "\nData folder: " + AppPaths.userDataFolder() + "\nLog folder: " + LogFolder.get()
                + "\n\nLicensed under the Apache License 2.0.");
    }

    /** Help > Show log folder. */
    void showLogFolder() {
        Path folder = LogFolder.get();
        desktop.task("show the log folder", progress -> picker.openFolder(folder)).quiet()
                .onSuccess(opened -> {
                    if (opened) {
                        status.say("The log folder is open in your file manager.");
                    } else {
                        showPath(folder);
                    }
                }).onFailure(failure -> showPath(folder)).start();
    }

    private void showPath(Path folder) {
        Dialogs.withCopy(window.get(), Alert.AlertType.INFORMATION, "The log folder",
                "Commissioning Desk could not open your file manager. The log is in this folder:\n\n" + folder
                        + "\n\nCopy the path and paste it into your file manager's address bar.", "Copy path",
                folder.toString()).showAndWait();
    }
}
