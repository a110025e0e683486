package org.commissioningdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.commissioningdesk.app.AppVersion;
import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.DatabaseOpenException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The headless command line: the same services as the window, for scripts and quick look-ups.
 * Errors go to stderr with exit code 1; usage errors exit 2.
 */
@Command(name = "commissioning-desk",
        mixinStandardHelpOptions = true,
        versionProvider = DeskCommand.Version.class,
        description = "Commissioning Desk: prospectuses, specifications, lead-commissioner SLAs and disputes.%n"
                + "With no command, opens the window.",
        subcommands = {InitCommand.class, DemoCommand.class, OrganisationsCommand.class, ProspectusCommand.class,
                SpecCommand.class, CommandLine.HelpCommand.class})
public final class DeskCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "The database file (H2 stores it as PATH.mv.db; PATH.mv.db is accepted too). "
                    + "Default: the user data folder.")
    String db;

    private final Function<DatabaseLocation, Services> opener;

    DeskCommand(Function<DatabaseLocation, Services> opener) {
        this.opener = opener;
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Services::open);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Function<DatabaseLocation, Services> opener) {
        CommandLine commandLine = new CommandLine(new DeskCommand(opener));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("error: " + messageOf(e));
            cl.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String messageOf(Exception e) {
        if (e instanceof DatabaseOpenException || e instanceof ValidationException
                || e instanceof RuleViolationException || e instanceof NotFoundException
                || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    @Spec
    CommandSpec spec;

    /**
     * Opens the database named by {@code --db}, or the default one. Only {@code init} may create
     * it: a read command given a path with no database says so instead of making an empty one.
     */
    Services openServices(boolean mayCreate) {
        DatabaseLocation location;
        try {
            location = db == null ? DatabaseLocation.of(AppPaths.defaultDatabase()) : DatabaseLocation.of(db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
        }
        if (!mayCreate && !Files.exists(location.file())) {
            throw new NotFoundException("There is no database at " + location.file() + ". Create one with: "
                    + "commissioning-desk --db " + location.base() + " init --starter empty|london-2006");
        }
        return opener.apply(location);
    }

    @Override
    public Integer call() {
        // Reached only when a caller runs the command line with no command (the launcher opens the window instead).
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Commissioning Desk " + AppVersion.get()};
        }
    }
}
