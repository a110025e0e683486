package org.commissioningdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.prospectus.Prospectus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: loads the demo prospectuses into an existing database set up with the London 2006 pack. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo prospectuses for 2007/08 (London-wide, North East London LCG, Tower Hamlets PCT) "
                + "into an existing database set up with the london-2006 starter pack. Refused if already loaded.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = parent.openServices(false)) {
            report(services.demo().apply(), spec.commandLine().getOut());
        }
        return 0;
    }

    static void report(List<Prospectus> loaded, PrintWriter out) {
        out.printf("Loaded %d demo prospectuses:%n", loaded.size());
        for (Prospectus p : loaded) {
            out.printf("  %s (%s, %s): %s%n", p.title(), p.ownerName(), p.cycleLabel(), p.status().label());
        }
        out.flush();
    }
}
