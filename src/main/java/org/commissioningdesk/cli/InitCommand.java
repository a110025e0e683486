package org.commissioningdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.DatabaseLocation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code init --starter empty|london-2006 [--demo]}: creates and sets up a database. A new one is built whole
 * in a temporary file and appears only when complete; an existing one that was never set up is set up in
 * one transaction; one that has the London pack but not the demo is told so, and {@code --demo} finishes it.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the database (if needed) and set it up with a starter pack.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--starter", required = true, paramLabel = "PACK", converter = StarterPackConverter.class,
            description = "empty, or london-2006 (the 31 London PCTs, 5 LCGs, London group, SHA and the 2006/07 "
                    + "lead-commissioner arrangements)")
    StarterPack starter;

    @Option(names = "--demo", description = "Also load the demo prospectuses for 2007/08 and the demo service "
            + "specifications (only with london-2006)")
    boolean demo;

    @Override
    public Integer call() {
        if (demo && starter != StarterPack.LONDON_2006) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--demo needs --starter london-2006: the demo prospectuses belong to the London organisations");
        }
        SetUpService.Choice choice = new SetUpService.Choice(starter, demo);
        PrintWriter out = spec.commandLine().getOut();
        if (parent.shared()) {
            // A shared database is made empty on its server; its tables are made when it is first opened.
            try (Services services = parent.openServices()) {
                setUpOrRefuse(services, choice, parent.server().toString(), out);
            }
            return 0;
        }
        DatabaseLocation location = parent.location();
        if (!Files.exists(location.file())) {
            try (Services services = parent.told(parent.opener().create(location, Optional.of(choice)))) {
                reportSetUp(services, out);
            }
            return 0;
        }
        try (Services services = parent.openServices()) {
            setUpOrRefuse(services, choice, location.base().toString(), out);
        }
        return 0;
    }

    private void setUpOrRefuse(Services services, SetUpService.Choice choice, String named, PrintWriter out) {
        SetUpService.State state = services.setUp().state();
        if (state.needsChoice()) {
            services.setUp().apply(choice);
            reportSetUp(services, out);
            return;
        }
        finishOrRefuse(services, state, named, out);
    }

    private void reportSetUp(Services services, PrintWriter out) {
        out.printf("Set up %s with the '%s' starter pack: %d organisations, %d lead-commissioner arrangements.%n",
                services.where(), starter.label(), services.organisations().list().size(),
                services.organisations().allLeadCommissioning().size());
        if (demo) {
            DemoCommand.report(services, out);
        }
    }

    /** A database that was set up already: the demo it lacks is loaded if asked for, otherwise it says what it has. */
    private void finishOrRefuse(Services services, SetUpService.State state, String named, PrintWriter out) {
        if (state.pack().isEmpty()) {
            throw new RuleViolationException("A starter pack can only be loaded into an empty register; this one"
                    + " already holds organisations.");
        }
        StarterPack has = state.pack().get();
        String already = "This database was already set up with the '" + has.label() + "' starter pack";
        if (has != starter) {
            throw new RuleViolationException(already + ".");
        }
        if (demo && state.demoLoaded()) {
            throw new RuleViolationException(already + " and its demonstration data.");
        }
        if (demo) {
            services.setUp().finishDemo();
            out.println(already + "; the demonstration data it did not have yet is now loaded.");
            DemoCommand.report(services, out);
            return;
        }
        if (state.demoCanBeAdded()) {
            throw new RuleViolationException(already + ". Its demonstration data is not loaded; to add it, run:"
                    + " commissioning-desk --db " + named + " demo");
        }
        throw new RuleViolationException(already + ".");
    }

    static final class StarterPackConverter implements picocli.CommandLine.ITypeConverter<StarterPack> {
        @Override
        public StarterPack convert(String value) {
            try {
                return StarterPack.fromKey(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
