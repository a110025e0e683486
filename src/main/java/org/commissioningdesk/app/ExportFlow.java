package org.commissioningdesk.app;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.common.BackgroundTask;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.DisplayPaths;
import org.commissioningdesk.export.ExportRequests;
import org.commissioningdesk.common.Failures;
import org.commissioningdesk.common.TaskProgress;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.export.BoardPaper;
import org.commissioningdesk.export.ExportFormat;
import org.commissioningdesk.export.ExportJob;
import org.commissioningdesk.export.PdfRenderer;
import org.commissioningdesk.export.Progress;

/**
 * Exporting from the window: asks the format (and a Board paper cover, where the export can have
 * one), then the file, then writes it as a background task of its own runner (so the status bar shows its
 * progress and Cancel), and says where it went with Open and Show in folder. The print preview renders the same PDF
 * and shows its pages.
 */
final class ExportFlow implements ExportRequests {

    private final TaskRunner runner;
    private final FilePicker picker;
    private final StatusBar status;
    private final Node owner;
    private final Supplier<Window> window;
    private final BoardPaperMemory memory;
    /** The export or preview being made (one at a time), or null. */
    private BackgroundTask<?> running;
    private boolean closed;
    private ExportFormat lastFormat = ExportFormat.PDF;
    private Path lastFolder;
    private String lastMeeting;

    ExportFlow(TaskRunner runner, FilePicker picker, StatusBar status, Node owner, Supplier<Window> window) {
        this.runner = runner;
        this.picker = picker;
        this.status = status;
        this.owner = owner;
        this.window = window;
        this.memory = new BoardPaperMemory(AppPaths.userDataFolder().resolve("board-papers.json"));
        runner.task("read the remembered Board paper fields", task -> {
            memory.load();
            return Boolean.TRUE;
        }).quiet().onFailure(failure -> { }).start();
    }

    @Override
    public void export(ExportJob job) {
        if (closed) {
            return;
        }
        if (busy("export again")) {
            return;
        }
        Optional<ExportDialog.Choice> choice = ExportDialog.ask(owner, job, lastFormat);
        if (choice.isEmpty()) {
            return;
        }
        BoardPaper cover = null;
        if (choice.get().boardPaper()) {
            Optional<BoardPaper> asked = BoardPaperDialog.ask(owner, job.coverDefaults(), memory, lastMeeting);
            if (asked.isEmpty()) {
                return;
            }
            cover = asked.get();
            lastMeeting = cover.meeting();
            runner.task("remember the Board paper fields", task -> {
                memory.save();
                return Boolean.TRUE;
            }).quiet().onFailure(failure -> { }).start();
        }
        if (choice.get().preview()) {
            preview(job, cover);
            return;
        }
        ExportFormat format = choice.get().format();
        lastFormat = format;
        Optional<Path> picked = picker.saveExport(window.get(), "Export " + job.what(), folder(),
                job.fileName(format), format);
        if (picked.isEmpty()) {
            return;
        }
        Path target = withExtension(picked.get(), format);
        lastFolder = target.toAbsolutePath().getParent();
        BoardPaper paper = cover;
        boolean bom = choice.get().bom();
        if (target.equals(picked.get())) {
            write(job, format, paper, bom, target);
            return;
        }
        // The file dialog asked about the name as typed; the one written has the extension added, so a
        // file of that name is only replaced if the person says so.
        runner.task("look for " + target.getFileName(), task -> java.nio.file.Files.exists(target)).quiet()
                .onSuccess(exists -> {
                    if (!exists || Dialogs.confirm(owner, "Replace the file?", target.getFileName() + " already exists in "
                            + DisplayPaths.friendly(lastFolder) + ". Replace it with this export?", "Replace")) {
                        write(job, format, paper, bom, target);
                    }
                }).onFailure(failure -> write(job, format, paper, bom, target)).start();
    }

    @Override
    public void preview(ExportJob job) {
        preview(job, null);
    }

    private void preview(ExportJob job, BoardPaper cover) {
        if (closed) {
            return;
        }
        if (busy("open the print preview")) {
            return;
        }
        running = runner.task("print preview", task -> {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRenderer.write(job.asDocument(cover), pdf, progress(task));
            return PrintPreview.read(pdf.toByteArray());
        }).message("Preparing the print preview of " + job.what() + "…").whenCancelled("Print preview cancelled.")
                .onSuccess(pdf -> {
                    if (closed) {
                        closeQuietly(pdf);
                        return;
                    }
                    PrintPreview.show(window.get(), job.fileBase(), pdf, runner);
                }).onFailure(failure -> {
                    if (!closed) {
                        Dialogs.error(owner, "No print preview", Failures.describe(failure));
                    }
                }).start();
    }

    private void write(ExportJob job, ExportFormat format, BoardPaper cover, boolean bom, Path target) {
        if (closed) {
            return;
        }
        String name = target.getFileName().toString();
        running = runner.task("export " + name, task -> {
            job.write(format, cover, bom, target, progress(task));
            return target;
        }).message("Exporting " + name + "…").done("Exported " + name + ".")
                .whenCancelled("Export cancelled: no file was written.")
                .onSuccess(this::exported)
                .onFailure(failure -> {
                    status.say("Not exported.");
                    Dialogs.error(owner, "Not exported", Failures.describe(failure));
                }).start();
    }

    /** True (after saying so) while an export or a preview is being made: one at a time. */
    private boolean busy(String then) {
        if (running == null || !running.isRunning()) {
            return false;
        }
        Dialogs.info(owner, "An export is under way", "Wait for the export under way to finish, or cancel it in "
                + "the status bar, then " + then + ".");
        return true;
    }

    /** Says where the file went, with Open and Show in folder. */
    private void exported(Path file) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Exported");
        alert.setHeaderText("Exported " + file.getFileName());
        alert.setContentText("Saved in " + DisplayPaths.friendly(file.toAbsolutePath().getParent()) + ".");
        Dialogs.ownedBy(alert, owner);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        ButtonType folder = new ButtonType("Show in folder", ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(open, folder, close);
        alert.showAndWait().ifPresent(b -> {
            if (b == open) {
                picker.show(file);
            } else if (b == folder) {
                picker.show(file.toAbsolutePath().getParent());
            }
        });
    }

    /** The export's progress as the task's (its own words stay out of the status bar: "Exporting x…" says it). */
    private static Progress progress(TaskProgress task) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                task.report(fraction, 1, null);
            }

            @Override
            public boolean cancelled() {
                return task.isCancelled();
            }
        };
    }

    private Path folder() {
        return lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
    }

    /** The path with the format's extension, added if the person typed a name without it. */
    static Path withExtension(Path path, ExportFormat format) {
        String name = path.getFileName().toString();
        return ExportFormat.ofFileName(name).filter(f -> f == format).isPresent() ? path
                : path.resolveSibling(name + "." + format.extension());
    }

    private static void closeQuietly(PDDocument pdf) {
        try {
            pdf.close();
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(ExportFlow.class).debug("Closing an unused preview", e);
        }
    }

    /** The window is going: an export under way is stopped, leaving no file. */
    void close() {
        closed = true;
        if (running != null) {
            running.cancel();
        }
        runner.shutdown();
    }
}
