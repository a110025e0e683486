package org.commissioningdesk.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.application.Application;

import org.commissioningdesk.cli.DeskCommand;
import org.commissioningdesk.common.Failures;
import org.commissioningdesk.persistence.DatabaseOpenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point. With no command (at most {@code --db PATH}) it opens the window; with a command,
 * {@code --help} or {@code --version} it runs the headless command line and exits.
 * It does not extend Application, so the jar runs with JavaFX on the plain class path.
 */
public final class Launcher {

    static final String NO_DISPLAY = "No display: use a command, see --help";

    private Launcher() {
    }

    public static void main(String[] args) {
        // Exports draw pictures and render PDF pages with Java 2D off screen; the window is JavaFX's,
        // so AWT must never try to open a display (or a second one) of its own.
        System.setProperty("java.awt.headless", "true");
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> log().error("Uncaught in {}", thread.getName(), e));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (!opensWindow(List.of(args))) {
            // A command sets up the log file before it starts, so everything it does is in the file.
            log();
            System.exit(DeskCommand.run(args, out, err));
            return;
        }
        // The log file is set up beside JavaFX starting, not before it: the window does not wait for it. A line
        // logged meanwhile is kept and written once the file is ready.
        Thread logSetUp = new Thread(Launcher::log, "log-set-up");
        logSetUp.setDaemon(true);
        logSetUp.start();
        String refusal = refusal(List.of(args), System.getProperty("os.name", ""), System.getenv());
        if (refusal != null) {
            err.println("error: " + refusal);
            System.exit(1);
            return;
        }
        try {
            Application.launch(DeskApplication.class, args);
        } catch (RuntimeException e) {
            // JavaFX could not start its toolkit (no display it can use, a missing GTK): say so plainly.
            log().error("The window could not be opened", e);
            err.println("error: The window could not be opened (" + (e instanceof UnsupportedOperationException
                    ? NO_DISPLAY : Failures.unexpected()) + ").");
            System.exit(1);
        }
    }

    private static Logger log() {
        return LoggerFactory.getLogger(Launcher.class);
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

    /**
     * Why the window cannot open, said before JavaFX tries (or null): a Linux session with no display to draw
     * on, or a {@code --db} that cannot name a database.
     */
    static String refusal(List<String> args, String osName, Map<String, String> env) {
        boolean unixLike = !osName.toLowerCase(Locale.ROOT).contains("win") && !osName.toLowerCase(Locale.ROOT).contains("mac");
        if (unixLike && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return NO_DISPLAY;
        }
        try {
            DeskApplication.databaseFrom(args);
        } catch (DatabaseOpenException e) {
            return e.getMessage();
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
