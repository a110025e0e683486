package org.commissioningdesk.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.specification.SpecStatus;
import org.commissioningdesk.specification.SpecificationService;
import org.commissioningdesk.specification.SpecificationSummary;
import org.commissioningdesk.specification.SpecificationTemplate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code spec list} and {@code spec templates}: the service specifications, every version, and their templates. */
@Command(name = "spec", mixinStandardHelpOptions = true, description = "Service specifications and their templates.",
        subcommands = {SpecCommand.ListCommand.class, SpecCommand.TemplatesCommand.class})
final class SpecCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: list or templates");
    }

    static final List<String> COLUMNS = List.of("id", "series", "title", "version", "status", "service_area",
            "commissioner", "provider", "agreed_on", "steps", "kpis");

    static final List<String> TEMPLATE_COLUMNS = List.of("key", "name", "built_in", "description");

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List service specifications, every version, grouped by specification (by the title of its "
                    + "latest version) and then by version. The series is the id of a specification's version 1, "
                    + "shared by all its versions.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        SpecCommand specs;

        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table, csv or json (default: ${DEFAULT-VALUE}); the table writes the agreed date as "
                        + "dd/mm/yyyy, csv and json as yyyy-mm-dd")
        OutputFormat format;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: draft, agreed or superseded")
        String status;

        @Option(names = "--provider", paramLabel = "TEXT", description = "Only providers whose name contains TEXT "
                + "(any case)")
        String provider;

        @Option(names = "--area", paramLabel = "TEXT", description = "Only service areas containing TEXT (any case)")
        String area;

        @Option(names = "--text", paramLabel = "TEXT", description = "Only versions whose title, sections, care "
                + "pathway or quality requirements contain TEXT (any case)")
        String text;

        @Override
        public Integer call() {
            SpecStatus wantedStatus;
            try {
                wantedStatus = status == null ? null : SpecStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            String providerText = folded(provider);
            String areaText = folded(area);
            try (Services services = specs.parent.openServices()) {
                SpecificationService specifications = services.specifications();
                Set<Long> mentioning = text == null ? null : specifications.versionsMentioning(text);
                List<List<Object>> rows = new ArrayList<>();
                for (SpecificationSummary s : specifications.list()) {
                    if ((wantedStatus == null || s.status() == wantedStatus)
                            && contains(s.providerName(), providerText)
                            && contains(s.serviceArea(), areaText)
                            && (mentioning == null || mentioning.contains(s.id()))) {
                        rows.add(Arrays.asList(s.id(), s.seriesId(), s.title(), s.version(), s.status().label(),
                                s.serviceArea(), s.commissionerName(), s.providerName(),
                                format == OutputFormat.TABLE ? UkDates.format(s.agreedOn()) : s.agreedOn(),
                                s.steps(), s.kpis()));
                    }
                }
                RowWriter.write(format, COLUMNS, rows, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "templates", mixinStandardHelpOptions = true,
            description = "List the templates a specification can start from: the built-in ones, then those saved, "
                    + "by name.")
    static final class TemplatesCommand implements Callable<Integer> {

        @ParentCommand
        SpecCommand specs;

        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table, csv or json (default: ${DEFAULT-VALUE})")
        OutputFormat format;

        @Override
        public Integer call() {
            try (Services services = specs.parent.openServices()) {
                List<List<Object>> rows = new ArrayList<>();
                for (SpecificationTemplate t : services.specifications().templates()) {
                    rows.add(Arrays.asList(t.key(), t.name(),
                            format == OutputFormat.TABLE ? (t.builtIn() ? "yes" : "no") : t.builtIn(),
                            t.description()));
                }
                RowWriter.write(format, TEMPLATE_COLUMNS, rows, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    private static String folded(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    /** True when no filter is given, or {@code value} contains it in any case. */
    private static boolean contains(String value, String folded) {
        return folded == null || (value != null && value.toLowerCase(Locale.ROOT).contains(folded));
    }
}
