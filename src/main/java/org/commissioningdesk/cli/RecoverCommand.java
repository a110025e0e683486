package org.commissioningdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.DatabaseRecovery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code recover FILE --out NEW}: copies what can still be read from a damaged database into a new one. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Copy what can still be read from a damaged database FILE into a new database NEW. "
                + "FILE is never changed; NEW must not exist yet.")
final class RecoverCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The damaged database (PATH or PATH.mv.db)")
    String damaged;

    @Option(names = "--out", required = true, paramLabel = "NEW",
            description = "The new database to write (PATH or PATH.mv.db)")
    String out;

    @Override
    public Integer call() {
        Path file = Path.of(damaged);
        if (!Files.exists(file) && !damaged.endsWith(".mv.db")) {
            file = Path.of(damaged + ".mv.db");
        }
        DatabaseLocation target = DatabaseLocation.of(out);
        DatabaseRecovery.Report report = DatabaseRecovery.recover(file, target, () -> false);
        PrintWriter said = spec.commandLine().getOut();
        said.println(report.describe());
        // The copy is a database like any other: open it once, so it is upgraded now and known to work.
        try (Services recovered = parent.told(parent.opener().open(target))) {
            said.printf("It opens: %d organisations, %d prospectuses, %d specification versions.%n",
                    recovered.organisations().list().size(), recovered.prospectuses().list().size(),
                    recovered.specifications().list().size());
        }
        return 0;
    }
}
