package org.commissioningdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

import org.commissioningdesk.app.AppVersion;
import org.commissioningdesk.app.Services;
import org.commissioningdesk.app.ServicesOpener;
import org.commissioningdesk.common.AppPaths;
import org.commissioningdesk.common.Failures;
import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.persistence.CredentialSources;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.ServerAddress;
import org.commissioningdesk.persistence.DatabaseOpenException;
import org.commissioningdesk.persistence.DatabaseProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The headless command line: the same services as the window, for scripts and quick look-ups.
 * Errors go to stderr as one plain message with exit code 1 (the detail goes to the log file);
 * usage errors exit 2.
 */
@Command(name = "commissioning-desk",
        mixinStandardHelpOptions = true,
        versionProvider = DeskCommand.Version.class,
        description = "Commissioning Desk: prospectuses, specifications, lead-commissioner SLAs and disputes.%n"
                + "With no command, opens the window.",
        subcommands = {InitCommand.class, DemoCommand.class, OrganisationsCommand.class, ProspectusCommand.class,
                SpecCommand.class, ExportCommand.class, RecoverCommand.class, CommandLine.HelpCommand.class})
public final class DeskCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "The database file (H2 stores it as PATH.mv.db; PATH.mv.db is accepted too), or a shared"
                    + " database: postgresql://HOST[:PORT]/NAME (user from PGUSER, password from PGPASSWORD or"
                    + " ~/.pgpass, else asked for). Default: a file in the user data folder.")
    String db;

    private final ServicesOpener opener;
    /** The process environment (PGUSER, PGPASSWORD, PGPASSFILE); a test gives its own. */
    private final java.util.function.UnaryOperator<String> environment;

    DeskCommand(ServicesOpener opener, java.util.function.UnaryOperator<String> environment) {
        this.opener = opener;
        this.environment = environment;
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Services.opener());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, ServicesOpener opener) {
        return run(args, out, err, opener, System::getenv);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, ServicesOpener opener,
                   java.util.function.UnaryOperator<String> environment) {
        CommandLine commandLine = new CommandLine(new DeskCommand(opener, environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("error: " + Failures.describe(e));
            cl.getErr().flush();
            return 1;
        });
        String repeated = repeatedGlobalOption(commandLine.getCommandSpec(), args);
        if (repeated != null) {
            err.println(repeated + " was given more than once; give it once (it applies to every command).");
            err.println("Try 'commissioning-desk --help' for more information.");
            err.flush();
            return 2;
        }
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The first global option (one every command inherits, such as {@code --db}) that appears more than once,
     * or null. Picocli would let the last one win silently; a second {@code --db} is far more likely a mistake.
     */
    static String repeatedGlobalOption(CommandSpec root, String[] args) {
        List<OptionSpec> global = root.options().stream()
                .filter(o -> o.scopeType() == CommandLine.ScopeType.INHERIT).toList();
        for (OptionSpec option : global) {
            int seen = 0;
            for (String arg : args) {
                if (arg.equals("--")) {
                    break;
                }
                for (String name : option.names()) {
                    if (arg.equals(name) || arg.startsWith(name + "=")) {
                        seen++;
                    }
                }
            }
            if (seen > 1) {
                return option.longestName();
            }
        }
        return null;
    }

    @Spec
    CommandSpec spec;

    /** Whether {@code --db} names a shared database rather than a file. */
    boolean shared() {
        return db != null && ServerAddress.looksLikeOne(db);
    }

    /** The shared database named by {@code --db}. */
    ServerAddress server() {
        try {
            return ServerAddress.parse(db);
        } catch (DatabaseOpenException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
        }
    }

    /** The database named by {@code --db}, or the default one. */
    DatabaseLocation location() {
        if (db == null) {
            return DatabaseLocation.of(AppPaths.defaultDatabase());
        }
        try {
            return DatabaseLocation.of(db);
        } catch (DatabaseOpenException e) {
            if (e.problem() == DatabaseProblem.BAD_PATH) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
            }
            throw e;
        }
    }

    ServicesOpener opener() {
        return opener;
    }

    /**
     * Opens the existing database named by {@code --db}, or the default one. Only {@code init} creates one:
     * a read command given a path with no database says so instead of making an empty one.
     */
    Services openServices() {
        if (shared()) {
            ServerAddress server = server();
            return told(opener.openShared(server, CredentialSources.find(server, environment, this::askPassword)));
        }
        DatabaseLocation location = location();
        if (!Files.exists(location.file())) {
            throw new NotFoundException("There is no database at " + location.file() + ". Create one with: "
                    + "commissioning-desk --db " + location.base() + " init --starter empty|london-2006");
        }
        return told(opener.open(location));
    }

    /**
     * Says on stderr what the person should know about the database just opened (an upgrade, a problem put
     * right) and, as they are met, which rows could not be read and were left out of a list.
     */
    Services told(Services services) {
        PrintWriter err = spec.commandLine().getErr();
        services.notices().forEach(notice -> err.println("note: " + notice));
        services.unreadableRows().onReport(row -> err.println("warning: " + row.describe()));
        err.flush();
        return services;
    }

    /** Asks for a shared database's password at the terminal, without showing it; null with no terminal. */
    private char[] askPassword(ServerAddress server, String user) {
        java.io.Console console = System.console();
        return console == null ? null : console.readPassword("Password for %s on %s: ", user, server);
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
