package org.commissioningdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.persistence.CredentialSources;
import org.commissioningdesk.persistence.Credentials;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.DatabaseOpenException;
import org.commissioningdesk.persistence.DatabaseProblem;
import org.commissioningdesk.persistence.ServerAddress;

/**
 * Opening or creating the database the window works in, in the background (where its name is checked too:
 * that can touch the disk). A database that does not exist yet is asked how it should start, then created
 * whole. What opened is handed to the window to adopt, with what the status bar should then say; what
 * could not be opened is handed back with the failure. Not cancellable: a database opened for nobody
 * would stay open, and the window would have none.
 */
final class OpenDatabaseFlow {

    /**
     * A database opened for the window, or (with no services) a location where there is none yet; a shared
     * database has no location.
     */
    record Opened(DatabaseLocation location, Services services, boolean needsStarterPack) {
    }

    static final String NOT_SET_UP = "Ready. The database has not been set up: File > Load London starter pack…"
            + " loads it now, or you will be asked again next time.";

    private final TaskRunner runner;
    private final ServicesOpener opener;
    private final OpenDatabases openOnWorker;
    private final StatusBar status;
    private final Supplier<Window> window;
    private final BooleanSupplier closing;
    private final BiConsumer<Opened, String> adopt;
    private final BiConsumer<Path, Throwable> failed;

    /**
     * @param closing true once the application is quitting: late results are then closed, never shown
     * @param adopt   makes an opened database the window's, with what the status bar says then
     * @param failed  tells the person a file could not be opened or created, and why
     */
    OpenDatabaseFlow(TaskRunner runner, ServicesOpener opener, OpenDatabases openOnWorker, StatusBar status,
                     Supplier<Window> window, BooleanSupplier closing, BiConsumer<Opened, String> adopt,
                     BiConsumer<Path, Throwable> failed) {
        this.runner = runner;
        this.opener = opener;
        this.openOnWorker = openOnWorker;
        this.status = status;
        this.window = window;
        this.closing = closing;
        this.adopt = adopt;
        this.failed = failed;
    }

    /** Opens the database {@code chosen} names; a missing file is offered for creation when {@code createIfMissing}. */
    void open(Path chosen, boolean createIfMissing) {
        runner.task("open database", progress -> {
            if (closing.getAsBoolean()) {
                return null;
            }
            DatabaseLocation location = DatabaseLocation.of(chosen);
            if (!Files.exists(location.file())) {
                if (createIfMissing) {
                    return new Opened(location, null, false);
                }
                throw new NotFoundException("There is no database at " + location.file() + " any more.");
            }
            return opened(location, opener.open(location));
        }).message("Opening " + chosen.getFileName() + "…").notCancellable().onSuccess(opened -> {
            if (closing.getAsBoolean() || opened == null) {
                return;
            }
            if (opened.services() == null) {
                create(opened.location().file());
            } else {
                // The status bar's right-hand side names the whole path; the message names the file, as "Opening …" did.
                adopt.accept(opened, "Opened " + opened.location().file().getFileName() + ".");
            }
        }).onFailure(failure -> failed.accept(chosen, failure)).start();
    }

    /**
     * Opens the shared database asked for; with no password typed, it is looked up (PGPASSWORD, the person's
     * .pgpass file) on the worker. Its tables are made the first time an empty database is opened.
     */
    void openShared(SharedDatabaseDialog.Request request, BiConsumer<SharedDatabaseDialog.Request, Throwable> refused) {
        ServerAddress server = request.server();
        char[] typed = request.password();
        runner.task("open shared database", progress -> {
            if (closing.getAsBoolean()) {
                return null;
            }
            Credentials credentials = typed.length > 0 ? new Credentials(request.user(), typed)
                    : CredentialSources.find(server, name -> "PGUSER".equals(name) ? request.user() : System.getenv(name),
                            (where, who) -> {
                                throw new DatabaseOpenException(DatabaseProblem.SIGN_IN_FAILED, "Type the password for '"
                                        + who + "' on " + where + ": none was found in PGPASSWORD or your .pgpass file.");
                            });
            java.util.Arrays.fill(typed, '\0');
            try {
                return opened(null, opener.openShared(server, credentials));
            } finally {
                credentials.wipe();
            }
        }).message("Opening the shared database " + server + "…").notCancellable().onSuccess(opened -> {
            if (!closing.getAsBoolean() && opened != null) {
                adopt.accept(opened, "Opened the shared database " + server + ".");
            }
        }).onFailure(failure -> refused.accept(request, failure)).start();
    }

    /** Asks how a new database should start (unless its name is taken already), then creates it. */
    void create(Path chosen) {
        runner.task("check the new database's name", progress -> {
            DatabaseLocation location = DatabaseLocation.of(chosen);
            if (Files.exists(location.file())) {
                throw new RuleViolationException(location.file() + " already exists. Use File > Open database… to"
                        + " open it, or choose another name.");
            }
            return location;
        }).message("Checking " + chosen.getFileName() + "…").notCancellable().onSuccess(location -> {
            if (closing.getAsBoolean()) {
                return;
            }
            status.say("Choose how to start.");
            Optional<SetUpService.Choice> choice = StarterPackDialog.ask(window.get(),
                    location.file().getFileName().toString());
            if (closing.getAsBoolean()) {
                return;
            }
            runner.task("create database", progress -> closing.getAsBoolean() ? null
                            : opened(location, opener.create(location, choice)))
                    .message(choice.map(c -> "Creating " + location.file().getFileName() + " with the '"
                            + c.pack().label() + "' starter pack…").orElse("Creating " + location.file().getFileName() + "…"))
                    .notCancellable()
                    .onSuccess(opened -> {
                        if (!closing.getAsBoolean() && opened != null) {
                            // "Decide later" was the answer just now: not asked a second time.
                            adopt.accept(choice.isPresent() ? opened : new Opened(opened.location(), opened.services(), false),
                                    choice.map(StarterPackDialog::readyMessage).orElse(NOT_SET_UP));
                        }
                    }).onFailure(failure -> failed.accept(location.file(), failure)).start();
        }).onFailure(failure -> failed.accept(chosen, failure)).start();
    }

    /** How the status bar names a database open: its file, or its shared address with the kind. */
    static String shown(Services opened) {
        return opened.location() != null ? org.commissioningdesk.common.DisplayPaths.friendly(opened.location().file())
                : "Shared (PostgreSQL): " + opened.where();
    }

    /** On the worker: the database just opened, remembered as open so that it is closed however things end. */
    private Opened opened(DatabaseLocation location, Services services) {
        try {
            Opened result = new Opened(location, services, services.setUp().state().needsChoice());
            openOnWorker.add(services);
            return result;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }
}
