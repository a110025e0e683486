package org.commissioningdesk.app;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.stage.Window;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.demo.SetUpService;

/**
 * Loading a starter pack into the open database: as chosen at the first start, or later (File > Load
 * London starter pack…, or the dashboard's button on an empty register) into a database left for later.
 * Where the pack cannot be loaded it says why. The database is read and written in the background; the
 * screens are built again over what was loaded.
 */
final class StarterPackFlow {

    /** What the database holds, read in the background before anything is offered. */
    private record Check(SetUpService.State state, int organisations) {
    }

    private final TaskRunner runner;
    private final StatusBar status;
    private final Node owner;
    private final Supplier<Window> window;
    private final Supplier<Services> services;
    private final Consumer<String> loaded;

    /**
     * @param services the database open now (null for none)
     * @param loaded   builds the screens again, with what the status bar should then say
     */
    StarterPackFlow(TaskRunner runner, StatusBar status, Node owner, Supplier<Window> window,
                    Supplier<Services> services, Consumer<String> loaded) {
        this.runner = runner;
        this.status = status;
        this.owner = owner;
        this.window = window;
        this.services = services;
        this.loaded = loaded;
    }

    /** Offers the London pack if the open database can take it, or says why it cannot. */
    void offerLondon() {
        Services current = services.get();
        if (current == null) {
            return;
        }
        runner.run("check the register", () -> new Check(current.setUp().state(),
                current.organisations().list().size()), check -> {
            if (current != services.get()) {
                return;
            }
            if (!check.state().needsChoice()) {
                status.say("The starter pack was not loaded.");
                Dialogs.info(owner, "The London starter pack cannot be loaded", whyNot(check));
                return;
            }
            status.say("Choose whether to add the demonstration data.");
            Optional<SetUpService.Choice> choice =
                    StarterPackDialog.askLondon(window.get(), current.location().file().getFileName().toString());
            if (choice.isPresent() && current == services.get()) {
                load(current, choice.get());
            } else {
                status.say("The starter pack was not loaded.");
            }
        }, failure -> {
            status.say("The starter pack was not loaded.");
            Dialogs.error(owner, "The starter pack was not loaded", Dialogs.describe(failure));
        });
    }

    /** Loads {@code choice} into {@code current}, a database not set up yet, then shows the screens over it. */
    void load(Services current, SetUpService.Choice choice) {
        // Setting up is one transaction that must not be abandoned half-way: progress, but no Cancel.
        runner.task("set up the database", progress -> current.setUp().apply(choice))
                .message("Loading the '" + choice.pack().label() + "' starter pack…")
                .notCancellable()
                .onSuccess(done -> loaded.accept(StarterPackDialog.readyMessage(choice)))
                .onFailure(failure -> {
                    loaded.accept("The database was not set up.");
                    Dialogs.error(owner, "The database was not set up", Dialogs.describe(failure)
                            + "\n\nNothing was changed.");
                }).start();
    }

    private static String whyNot(Check check) {
        String instead = "\n\nTo work with the London pack, make a new database with File > New database… and"
                + " choose the pack there.";
        if (!check.state().registerEmpty()) {
            return "This database already holds " + Plural.count(check.organisations(), "organisation") + ". A starter"
                    + " pack is loaded only into an empty register, so that nothing in it is duplicated." + instead;
        }
        return "This database was set up with the '" + check.state().pack().map(p -> p.label()).orElse("")
                + "' starter pack, and a database is set up only once." + instead;
    }
}
