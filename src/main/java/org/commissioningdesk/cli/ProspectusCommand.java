package org.commissioningdesk.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Money;
import org.commissioningdesk.prospectus.ProspectusStatus;
import org.commissioningdesk.prospectus.ProspectusSummary;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prospectus list}: the commissioning prospectuses, every version. */
@Command(name = "prospectus", mixinStandardHelpOptions = true, description = "Commissioning prospectuses.",
        subcommands = {ProspectusCommand.ListCommand.class})
final class ProspectusCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: list");
    }

    static final List<String> COLUMNS = List.of("id", "title", "owner", "level", "cycle", "version", "status",
            "priorities", "net_investment");

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List prospectuses, latest cycle first, then by owner, title and version. The net investment "
                    + "is the cycle's total of investment less disinvestment, in GBP.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        ProspectusCommand prospectus;

        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table, csv or json (default: ${DEFAULT-VALUE}); csv and json write the net investment "
                        + "as a plain decimal (1250000.00)")
        OutputFormat format;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: draft, consultation "
                + "(out for consultation), board_approved, published or superseded")
        String status;

        @Option(names = "--owner", paramLabel = "TEXT", description = "Only owners whose name contains TEXT (any case)")
        String owner;

        @Option(names = "--year", paramLabel = "YEAR", description = "Only cycles starting in this financial year, "
                + "e.g. 2007/08")
        String year;

        @Override
        public Integer call() {
            ProspectusStatus wantedStatus;
            FinancialYear wantedYear;
            try {
                wantedStatus = status == null ? null : ProspectusStatus.parse(status);
                wantedYear = year == null ? null : FinancialYear.parse(year);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            String ownerText = owner == null ? null : owner.strip().toLowerCase(Locale.ROOT);
            try (Services services = prospectus.parent.openServices()) {
                List<List<Object>> rows = new ArrayList<>();
                for (ProspectusSummary p : services.prospectuses().list()) {
                    if ((wantedStatus == null || p.status() == wantedStatus)
                            && (wantedYear == null || p.firstYear().equals(wantedYear))
                            && (ownerText == null || p.ownerName().toLowerCase(Locale.ROOT).contains(ownerText))) {
                        rows.add(Arrays.asList(p.id(), p.title(), p.ownerName(), p.level().label(), p.cycleLabel(),
                                p.version(), p.status().label(), p.priorityCount(),
                                format == OutputFormat.TABLE ? Money.format(p.netInvestment()) : p.netInvestment()));
                    }
                }
                RowWriter.write(format, COLUMNS, rows, spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
