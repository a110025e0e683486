package org.commissioningdesk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the person for a database file. The window uses the platform's own file dialogs
 * ({@link #system()}); the window tests give it the answers a person would.
 */
interface FilePicker {

    /** An existing file to open, starting in {@code folder} (if it is one). */
    Optional<Path> open(Window owner, String title, Path folder);

    /** A file to write, starting in {@code folder} with {@code suggestedName}. */
    Optional<Path> save(Window owner, String title, Path folder, String suggestedName);

    /** The platform's file dialogs, showing Commissioning Desk databases ({@code *.mv.db}). */
    static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> open(Window owner, String title, Path folder) {
                return Optional.ofNullable(chooser(title, folder).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, Path folder, String suggestedName) {
                FileChooser chooser = chooser(title, folder);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, Path folder) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(
                        new FileChooser.ExtensionFilter("Commissioning Desk database (*.mv.db)", "*.mv.db"));
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return chooser;
            }
        };
    }
}
