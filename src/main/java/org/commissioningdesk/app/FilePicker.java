package org.commissioningdesk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the person for files, and opens files for them: the platform's own file dialogs and the
 * programs that show a PDF, a Word file or a folder ({@link #system}); the window tests give it the
 * answers a person would and note what was opened.
 */
interface FilePicker {

    /** An existing file to open, starting in {@code folder} (if it is one). */
    Optional<Path> open(Window owner, String title, Path folder);

    /** A file to write, starting in {@code folder} with {@code suggestedName}. */
    Optional<Path> save(Window owner, String title, Path folder, String suggestedName);

    /** A file to export to, in {@code format}, starting in {@code folder} with {@code suggestedName}. */
    default Optional<Path> saveExport(Window owner, String title, Path folder, String suggestedName,
                                      org.commissioningdesk.export.ExportFormat format) {
        return save(owner, title, folder, suggestedName);
    }

    /** Opens {@code file} (or, for a folder, shows it) in the program the system uses for it. */
    void show(Path file);

    /**
     * Shows {@code folder} in the desktop's file manager; false when that could not be done (no file manager,
     * a locked-down desktop), so the caller can show its path instead. Call off the JavaFX thread.
     */
    default boolean openFolder(Path folder) {
        return org.commissioningdesk.common.DesktopFolders.open(folder);
    }

    /**
     * The platform's file dialogs, showing Commissioning Desk databases ({@code *.mv.db}) or the
     * format being exported; files are shown through {@code host}.
     */
    static FilePicker system(javafx.application.HostServices host) {
        return new FilePicker() {
            @Override
            public void show(Path file) {
                host.showDocument(file.toUri().toString());
            }

            @Override
            public Optional<Path> saveExport(Window owner, String title, Path folder, String suggestedName,
                                             org.commissioningdesk.export.ExportFormat format) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(),
                        "*." + format.extension()));
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

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
