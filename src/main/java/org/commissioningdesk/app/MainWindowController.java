package org.commissioningdesk.app;

import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.common.BackgroundTaskRunner;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.DisplayPaths;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.ViewLoader;
import org.commissioningdesk.common.editor.EditorHeader;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.export.ExportJob;
import org.commissioningdesk.export.Exportable;
import org.commissioningdesk.persistence.CredentialSources;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.DatabaseOpenException;
import org.commissioningdesk.persistence.DatabaseProblem;
import org.commissioningdesk.persistence.ServerAddress;

/**
 * The main window: menu bar, navigation rail, the current screen and a status bar naming the open
 * database. The window shows at once; the database opens in the background, and the screens are
 * built over it when it is ready.
 */
public final class MainWindowController {

    private final TaskRunner runner;
    private final ServicesOpener opener;
    private final FilePicker picker;

    @FXML private BorderPane root;
    @FXML private Menu goMenu;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem previewItem;
    @FXML private MenuItem loadStarterPackItem;
    @FXML private ListView<Screen> rail;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label databaseLabel;
    @FXML private Label unreadableLabel;
    @FXML private HBox taskArea;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelButton;

    private Services services;
    private final OpenDatabases openOnWorker = new OpenDatabases();
    /** Set once the application is quitting: late results are then closed, never shown. */
    private volatile boolean closing;
    /** The screens over the open database, each built when first shown. */
    private ScreenDeck screens;

    private StatusBar status;
    private UnreadableWarning unreadable;
    private RecoveryFlow recovery;
    private ExportFlow exports;
    /** Hands things to the desktop (the file manager), which can take seconds: never behind a save. */
    private final TaskRunner desktop = new BackgroundTaskRunner();
    private StarterPackFlow starterPacks;
    private OpenDatabaseFlow opening;
    private HelpMenu help;
    private YourNameDialog yourName;

    MainWindowController(TaskRunner runner, ServicesOpener opener, FilePicker picker) {
        this.runner = runner;
        this.opener = opener;
        this.picker = picker;
    }

    @FXML
    private void initialize() {
        rail.setDisable(true);
        // Nothing to export while no database is open (the rail is off until one is).
        exportItem.disableProperty().bind(rail.disableProperty());
        previewItem.disableProperty().bind(rail.disableProperty());
        status = new StatusBar(statusLabel, taskArea, taskProgress, cancelButton);
        status.watch(runner);
        screens = new ScreenDeck(rail, goMenu, content, status);
        unreadable = new UnreadableWarning(unreadableLabel, root);
        // Recovery runs on a thread of its own, so saving in the open database never waits behind it.
        TaskRunner recoveryRunner = new BackgroundTaskRunner();
        status.watch(recoveryRunner);
        recovery = new RecoveryFlow(recoveryRunner, picker, status, root, this::window,
                location -> open(location.file(), false));
        // Exports run on a thread of their own too: a long PDF never holds up a save.
        TaskRunner exportRunner = new BackgroundTaskRunner();
        status.watch(exportRunner);
        exports = new ExportFlow(exportRunner, picker, status, root, this::window);
        setUpStarterPacks();
        opening = new OpenDatabaseFlow(runner, opener, openOnWorker, status, this::window, () -> closing, this::adopt,
                this::openFailed);
        help = new HelpMenu(desktop, picker, status, root, this::window);
        yourName = new YourNameDialog(runner, opener.user(), status, root);
    }

    /** File > Load London starter pack…, there while a database is open (it says why when it cannot load). */
    private void setUpStarterPacks() {
        starterPacks = new StarterPackFlow(runner, status, root, this::window, () -> closing ? null : services,
                this::showScreens);
        loadStarterPackItem.disableProperty().bind(rail.disableProperty());
    }

    /**
     * Opens {@code location} in the background; where there is no database yet (the first start, or a
     * {@code --db} naming a new file) the person is asked how it should start, and it is created. The
     * database already open stays open, with its screens, until the new one has opened: a file that cannot
     * be opened leaves the person where they were.
     */
    public void openDatabase(DatabaseLocation location) {
        open(location.file(), true);
    }

    /** Opens the database {@code chosen} names, once the screen shown may be left; see {@link OpenDatabaseFlow}. */
    private void open(Path chosen, boolean createIfMissing) {
        onceLeft(() -> open(chosen, createIfMissing), () -> opening.open(chosen, createIfMissing));
    }

    /** Creates a database where {@code chosen} names, once the screen shown may be left. */
    private void create(Path chosen) {
        onceLeft(() -> create(chosen), () -> opening.create(chosen));
    }

    /** Runs {@code opening} (with the screens shut) once the screen shown may be left; else {@code again} later. */
    private void onceLeft(Runnable again, Runnable opening) {
        if (leaveCurrentScreen(again)) {
            rail.setDisable(true);
            opening.run();
        }
    }

    /** File > Open shared database (PostgreSQL)…: asks for its address and who to sign in as, then opens it. */
    @FXML
    private void onOpenSharedDatabase() {
        askForShared("", CredentialSources.user(System::getenv), null);
    }

    private void askForShared(String address, String user, String problem) {
        SharedDatabaseDialog.ask(window(), address, user, problem).ifPresent(this::openShared);
    }

    /** Opens the shared database asked for, once the screen shown may be left. */
    private void openShared(SharedDatabaseDialog.Request request) {
        onceLeft(() -> openShared(request), () -> opening.openShared(request, this::sharedRefused));
    }

    /**
     * Opens the shared database {@code --db} named when the window started: with the password PGPASSWORD or
     * .pgpass holds, else asked for (as the command line asks at the terminal).
     */
    public void openSharedDatabase(ServerAddress server) {
        openShared(new SharedDatabaseDialog.Request(server, CredentialSources.user(System::getenv), new char[0]));
    }

    /** A shared database that could not be opened: said, and where it was a sign-in or address, asked again. */
    private void sharedRefused(SharedDatabaseDialog.Request request, Throwable failure) {
        if (closing) {
            return;
        }
        if (SharedDatabaseDialog.asksAgain(failure)) {
            if (services != null) {
                rail.setDisable(false);
            } else {
                status.say("No database open.");
            }
            askForShared(request.server().toString(), request.user(), Dialogs.describe(failure));
            return;
        }
        couldNotOpen(request.server().toString(), null, failure);
    }

    /** Makes {@code opened} the database the window works in, closing the one before. */
    private void adopt(OpenDatabaseFlow.Opened opened, String readyMessage) {
        Services previous = services;
        services = opened.services();
        screens.drop();
        databaseLabel.setText(OpenDatabaseFlow.shown(services));
        databaseLabel.setTooltip(new Tooltip(services.location() != null ? "On this computer: "
                + services.location().file() : "Shared with your team, on " + services.where()));
        if (previous != null) {
            runner.task("close database", progress -> {
                openOnWorker.close(previous);
                return previous;
            }).quiet().notCancellable().onFailure(failure -> { }).start();
        }
        Services current = services;
        unreadable.show(current.unreadableRows());
        current.unreadableRows().onReport(row -> Platform.runLater(() -> {
            if (services == current) {
                unreadable.show(current.unreadableRows());
            }
        }));
        if (opened.needsStarterPack()) {
            offerStarterPack();
        } else {
            showScreens(readyMessage);
        }
        if (!current.notices().isEmpty()) {
            Dialogs.info(root, "About this database", String.join("\n\n", current.notices()));
        }
    }

    private void openFailed(Path file, Throwable failure) {
        couldNotOpen(DisplayPaths.friendly(file), file, failure);
    }

    /** Says that the database {@code named} ({@code file}: its file, or null for a shared one) could not be opened. */
    private void couldNotOpen(String named, Path file, Throwable failure) {
        if (closing) {
            return;
        }
        String message = Dialogs.describe(failure);
        boolean damaged = file != null && failure instanceof DatabaseOpenException e
                && e.problem() == DatabaseProblem.DAMAGED;
        if (services == null) {
            status.say("No database open.");
            databaseLabel.setText(named);
            content.getChildren().setAll(damaged ? NoDatabasePane.of(message, recovery.button(file))
                    : NoDatabasePane.of(message));
        } else {
            rail.setDisable(false);
            status.say("Could not open " + named + "; still working in " + OpenDatabaseFlow.shown(services) + ".");
        }
        if (damaged) {
            recovery.offer("Cannot open the database", message, file);
        } else {
            Dialogs.error(root, "Cannot open the database", message);
        }
    }

    /** A database that exists but was never set up (the person chose "Decide later"): asked again now. */
    private void offerStarterPack() {
        status.say("Choose how to start.");
        Optional<SetUpService.Choice> choice =
                StarterPackDialog.ask(window(), services.location() != null
                        ? services.location().file().getFileName().toString() : services.where());
        if (closing) {
            return;
        }
        if (choice.isEmpty()) {
            showScreens(OpenDatabaseFlow.NOT_SET_UP);
            return;
        }
        starterPacks.load(services, choice.get());
    }

    /** File > Load London starter pack…, or the dashboard's button on an empty register. */
    @FXML
    private void onLoadStarterPack() {
        if (leaveCurrentScreen(this::onLoadStarterPack)) {
            starterPacks.offerLondon();
        }
    }

    private void showScreens(String readyMessage) {
        if (services == null || closing) {
            return;
        }
        StartupTrace.mark("database-ready");
        rail.setDisable(false);
        status.say(readyMessage);
        // Whatever was built over the database before it was opened or set up is dropped; only the screen
        // shown is built now, the others when they are first visited.
        screens.start(CompositionRoot.screens(services, runner, exports, this::onLoadStarterPack));
        StartupTrace.mark("screen-shown");
    }

    /**
     * True when it is fine to leave the current screen (nothing unsaved, or the person said so); if
     * they chose to save first, {@code thenLeave} is run once it is saved, to do what was asked.
     */
    boolean leaveCurrentScreen(Runnable thenLeave) {
        return screens.mayLeave(thenLeave);
    }

    /** The screens over the open database. */
    ScreenDeck screens() {
        return screens;
    }

    /**
     * File > Save (Ctrl+S): saves what the screen shown is editing, as its own Save button would, and
     * only while that button is shown and enabled (nothing changed, read-only or busy: nothing happens).
     */
    @FXML
    private void onSave() {
        screens.shownRoot().ifPresent(EditorHeader::pressSaveIn);
    }

    /** File > Export… (Ctrl+E): what the screen shown has to export. */
    @FXML
    private void onExport() {
        currentExport().ifPresent(exports::export);
    }

    /** File > Print preview… (Ctrl+P): the PDF of what the screen shown has to export. */
    @FXML
    private void onPreview() {
        currentExport().ifPresent(exports::preview);
    }

    private Optional<ExportJob> currentExport() {
        if (screens.shownView().map(ViewLoader.View::controller).orElse(null) instanceof Exportable exportable) {
            return exportable.exportJob();
        }
        status.say("Nothing on this screen to export: open a register, a prospectus or a specification.");
        return Optional.empty();
    }

    @FXML
    private void onNewDatabase() {
        picker.save(window(), "New database", currentFolder(), "commissioning.mv.db")
                .ifPresent(this::create);
    }

    @FXML
    private void onOpenDatabase() {
        picker.open(window(), "Open database", currentFolder())
                .ifPresent(file -> open(file, false));
    }

    @FXML
    private void onRecover() {
        recovery.chooseAndRecover(currentFolder());
    }

    /** Where the file dialogs start: the open database's folder, or the user data folder. */
    private Path currentFolder() {
        return services != null && services.location() != null ? services.location().folder()
                : AppPaths.userDataFolder();
    }

    /** File > Your name…: the name changes are recorded under, whether or not a database is open. */
    @FXML
    private void onYourName() {
        yourName.open();
    }

    @FXML
    private void onExit() {
        Window window = window();
        if (window != null) {
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    @FXML
    private void onAbout() {
        help.about(services == null ? null : services.where());
    }

    /** Help > Show log folder. */
    @FXML
    private void onShowLogFolder() {
        help.showLogFolder();
    }

    /**
     * Closes the open database in the background, after any work already queued, then runs
     * {@code then} on the UI thread. Used as the application quits.
     */
    void closeDatabase(Runnable then) {
        closing = true;
        desktop.shutdown();
        recovery.close();
        exports.close();
        services = null;
        runner.task("close database", progress -> {
            closeAllNow();
            return Boolean.TRUE;
        }).quiet().notCancellable().onSuccess(done -> then.run()).onFailure(failure -> then.run()).start();
    }

    /** Closes whatever is still open, at once: the last safety net as the application stops. */
    void closeAllNow() {
        openOnWorker.closeAll();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
