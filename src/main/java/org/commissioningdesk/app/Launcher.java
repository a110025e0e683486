package org.commissioningdesk.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javafx.application.Application;

import org.commissioningdesk.cli.DeskCommand;

/**
 * The entry point. With no command (at most {@code --db PATH}) it opens the window; with a command,
 * {@code --help} or {@code --version} it runs the headless command line and exits.
 * It does not extend Application, so the jar runs with JavaFX on the plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(List.of(args))) {
            Application.launch(DeskApplication.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(DeskCommand.run(args, out, err));
    }

    /** True when the arguments hold nothing but an optional database. */
    static boolean opensWindow(List<String> args) {
        if (args.isEmpty()) {
            return true;
        }
        if (args.size() == 1) {
            return args.get(0).startsWith("--db=");
        }
        return args.size() == 2 && args.get(0).equals("--db");
    }
}
