package org.commissioningdesk.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.demo.DemoDataService;
import org.commissioningdesk.demo.DemoSpecifications;
import org.commissioningdesk.prospectus.ProspectusSummary;
import org.commissioningdesk.specification.SpecificationSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: loads the demo prospectuses and specifications into an existing database set up with the London 2006 pack. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo prospectuses for 2007/08 (London-wide, North East London LCG, Tower Hamlets PCT) "
                + "and three demo service specifications into an existing database set up with the london-2006 "
                + "starter pack. Refused if already loaded.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = parent.openServices()) {
            services.setUp().finishDemo();
            report(services, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Lists the demo prospectuses and specifications that {@code services} holds. */
    static void report(Services services, PrintWriter out) {
        List<ProspectusSummary> loaded = services.prospectuses().list().stream()
                .filter(p -> DemoDataService.PROSPECTUS_TITLES.contains(p.title()))
                .sorted(Comparator.comparing(p -> DemoDataService.PROSPECTUS_TITLES.indexOf(p.title()))).toList();
        out.printf("Loaded %d demo prospectuses:%n", loaded.size());
        for (ProspectusSummary p : loaded) {
            out.printf("  %s (%s, %s): %s%n", p.title(), p.ownerName(), p.cycleLabel(), p.status().label());
        }
        List<SpecificationSummary> specs = services.specifications().list().stream()
                .filter(s -> DemoSpecifications.TITLES.contains(s.title())).toList();
        out.printf("and %d demo service specifications (%d versions):%n",
                specs.stream().map(SpecificationSummary::seriesId).distinct().count(), specs.size());
        for (SpecificationSummary s : specs) {
            out.printf("  %s (%s, %s): %s%n", s.label(), s.commissionerName(),
                    s.providerName() == null ? "no provider yet" : s.providerName(), s.status().label());
        }
        out.flush();
    }
}
