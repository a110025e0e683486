package org.commissioningdesk.cli;

import java.util.concurrent.Callable;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.organisation.StarterPack;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code init --starter empty|london-2006 [--demo]}: creates and sets up a database. */
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
        try (Services services = parent.openServices(true)) {
            services.starterPacks().apply(starter);
            int organisations = services.organisations().list().size();
            int arrangements = services.organisations().allLeadCommissioning().size();
            spec.commandLine().getOut().printf("Set up %s with the '%s' starter pack: %d organisations, %d"
                            + " lead-commissioner arrangements.%n", services.location(), starter.label(), organisations,
                    arrangements);
            if (demo) {
                DemoCommand.report(services, services.demo().apply(), spec.commandLine().getOut());
            }
        }
        return 0;
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
