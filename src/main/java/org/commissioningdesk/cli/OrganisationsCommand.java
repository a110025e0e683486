package org.commissioningdesk.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationType;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code organisations list}: the organisations register. */
@Command(name = "organisations", mixinStandardHelpOptions = true, description = "The organisations register.",
        subcommands = {OrganisationsCommand.ListCommand.class})
final class OrganisationsCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: list");
    }

    static final List<String> COLUMNS = List.of("id", "name", "type", "code", "sector", "member_of", "active_from",
            "retired_on");

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List organisations, by name.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        OrganisationsCommand organisations;

        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table, csv or json (default: ${DEFAULT-VALUE})")
        OutputFormat format;

        @Option(names = "--type", paramLabel = "TYPE", description = "Only this type, e.g. pct, lcg, nhs_trust. One of: "
                + "pct, care_trust, lcg, london_commissioning_group, sha, nhs_trust, foundation_trust, "
                + "independent_provider, local_authority, pbc_group, clinical_network, cbs")
        String type;

        @Option(names = "--active", description = "Leave out retired organisations")
        boolean activeOnly;

        @Override
        public Integer call() {
            OrganisationType wanted;
            try {
                wanted = type == null ? null : OrganisationType.parse(type);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (Services services = organisations.parent.openServices()) {
                List<Organisation> all = services.organisations().list();
                Map<Long, String> names = all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
                List<List<Object>> rows = new ArrayList<>();
                for (Organisation o : all) {
                    if ((wanted == null || o.type() == wanted) && !(activeOnly && o.isRetired())) {
                        rows.add(Arrays.asList(o.id(), o.name(), o.type().label(), o.code(), o.sector(),
                                o.parentId() == null ? null : names.get(o.parentId()),
                                o.activeFrom(), o.activeTo()));
                    }
                }
                RowWriter.write(format, COLUMNS, rows, spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
