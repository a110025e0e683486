package org.commissioningdesk.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.export.BoardPaper;
import org.commissioningdesk.export.BoardPaperFile;
import org.commissioningdesk.export.ExportFormat;
import org.commissioningdesk.export.ExportJob;
import org.commissioningdesk.export.Progress;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusSummary;
import org.commissioningdesk.specification.SpecificationSummary;

/**
 * {@code export}: prospectuses, specifications, comparisons and registers as PDF, Word, Excel or CSV
 * files, a prospectus or specification optionally behind a Board paper cover sheet.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export documents and registers as PDF, Word (docx), Excel (xlsx) or CSV files. A file is "
                + "written whole or not at all: a failed export leaves any file of that name as it was.",
        subcommands = {ExportCommand.ProspectusExport.class, ExportCommand.SpecExport.class,
                ExportCommand.CompareExport.class, ExportCommand.RegisterExport.class})
final class ExportCommand implements Callable<Integer> {

    static final String BOARD_PAPER_HELP = "Wrap the document in a Board paper cover sheet whose fields are in "
            + "this JSON file: an object with any of the keys meeting, date (yyyy-mm-dd), agendaItem, paperNumber, "
            + "title, sponsor, author, purpose (approval, decision, discussion, assurance, noting or information), "
            + "summary, recommendation, objectives, bafRisks, financialImplications, risks, equalityImpact, "
            + "involvement, previouslyConsidered, attachments, part (public or private), each a string. meeting, "
            + "purpose and recommendation are required; title, author and summary default to the record's. Any "
            + "other key is an error.";

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Name what to export: prospectus, spec, spec-compare or register");
    }

    /** The options every document export takes. */
    abstract static class DocumentOptions {
        @ParentCommand
        ExportCommand export;

        @Parameters(index = "0", paramLabel = "ID_OR_TITLE",
                description = "Its id (as the list command shows it), or its title (the latest version of that title)")
        String which;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf or docx")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write")
        Path out;

        @Spec
        CommandSpec spec;

        ExportFormat documentFormat() {
            ExportFormat f = parse(spec, format);
            if (!f.isDocument()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format: a document is exported as pdf or docx");
            }
            return f;
        }

        void done(Path file) {
            spec.commandLine().getOut().println("Exported " + file.toAbsolutePath());
        }
    }

    /** The options of a document that can go behind a Board paper cover. */
    abstract static class CoverableOptions extends DocumentOptions {
        @Option(names = "--board-paper", paramLabel = "FIELDS.json", description = BOARD_PAPER_HELP)
        Path boardPaper;

        /** Writes {@code job}, behind the cover the --board-paper file describes, if one is given. */
        void write(ExportJob job) {
            ExportFormat f = documentFormat();
            BoardPaper cover = boardPaper == null ? null : BoardPaperFile.read(boardPaper, job.coverDefaults());
            run(() -> job.write(f, cover, false, out, Progress.NONE));
            done(out);
        }
    }

    @Command(name = "prospectus", mixinStandardHelpOptions = true,
            description = "Export a prospectus: cover, contents, narrative, priorities with their money and outcome "
                    + "measures, inherited priorities, finance tables and the consultation.")
    static final class ProspectusExport extends CoverableOptions implements Callable<Integer> {
        @Override
        public Integer call() {
            documentFormat();
            try (Services services = export.parent.openServices()) {
                ProspectusSummary found = find(services.prospectuses().list(), which, ProspectusSummary::id,
                        ProspectusSummary::title, ProspectusSummary::seriesId, ProspectusSummary::version, "prospectus",
                        "prospectus list");
                Prospectus p = services.prospectuses().get(found.id());
                write(services.prospectuses().exportJob(p.id(), p.title(), p.version(), p.summary()));
            }
            return 0;
        }
    }

    @Command(name = "spec", mixinStandardHelpOptions = true,
            description = "Export a service specification in the NHS template's headings, with its care pathway "
                    + "(table and diagram) and quality requirements.")
    static final class SpecExport extends CoverableOptions implements Callable<Integer> {
        @Override
        public Integer call() {
            documentFormat();
            try (Services services = export.parent.openServices()) {
                SpecificationSummary found = find(services.specifications().list(), which, SpecificationSummary::id,
                        SpecificationSummary::title, SpecificationSummary::seriesId, SpecificationSummary::version,
                        "specification", "spec list");
                write(services.specifications().exportJob(found.id(), found.title(), found.version()));
            }
            return 0;
        }
    }

    @Command(name = "spec-compare", mixinStandardHelpOptions = true,
            description = "Export the changes between two versions of a specification: added words underlined, "
                    + "removed words struck through, unchanged parts shortened.")
    static final class CompareExport extends DocumentOptions implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "V", description = "The earlier version number")
        int from;

        @Option(names = "--to", required = true, paramLabel = "V", description = "The later version number")
        int to;

        @Override
        public Integer call() {
            ExportFormat f = documentFormat();
            if (from == to) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--from and --to name the same version");
            }
            try (Services services = export.parent.openServices()) {
                List<SpecificationSummary> all = services.specifications().list();
                SpecificationSummary any = find(all, which, SpecificationSummary::id, SpecificationSummary::title,
                        SpecificationSummary::seriesId, SpecificationSummary::version, "specification", "spec list");
                SpecificationSummary a = version(all, any, from);
                SpecificationSummary b = version(all, any, to);
                ExportJob job = services.specifications().comparisonJob(a.id(), b.id(), b.title(), from, to);
                run(() -> job.write(f, null, false, out, Progress.NONE));
            }
            done(out);
            return 0;
        }

        private static SpecificationSummary version(List<SpecificationSummary> all, SpecificationSummary any, int v) {
            return all.stream().filter(s -> s.seriesId() == any.seriesId() && s.version() == v).findFirst()
                    .orElseThrow(() -> new NotFoundException("\"" + any.title() + "\" has no version " + v + "."));
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Export a register (every row) as xlsx, csv, pdf or docx.")
    static final class RegisterExport implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "REGISTER", description = "organisations, prospectuses or specs")
        String register;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "xlsx, csv, pdf or docx")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write")
        Path out;

        @Option(names = "--bom", description = "CSV only: start the file with a byte-order mark, so Excel reads "
                + "£ and accented names correctly")
        boolean bom;

        @Override
        public Integer call() {
            ExportFormat f = parse(spec, format);
            String which = register.toLowerCase(Locale.ROOT);
            if (!List.of("organisations", "prospectuses", "specs").contains(which)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + register + "' is not a register: use organisations, prospectuses or specs");
            }
            try (Services services = export.parent.openServices()) {
                ExportJob job = switch (which) {
                    case "organisations" -> services.organisations().registerJob(services.organisations().list(),
                            services.organisations().list(), null);
                    case "prospectuses" -> services.prospectuses().registerJob(services.prospectuses().list(), null);
                    default -> services.specifications().registerJob(services.specifications().list(), null);
                };
                run(() -> job.write(f, null, bom, out, Progress.NONE));
            }
            spec.commandLine().getOut().println("Exported " + out.toAbsolutePath());
            return 0;
        }
    }

    static ExportFormat parse(CommandSpec spec, String format) {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    /** Work that may throw anything: an explained failure goes on as it is, and the rest is reported as unexpected. */
    interface Work {
        void run() throws Exception;
    }

    static void run(Work work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The export failed", e);
        }
    }

    /**
     * The row {@code which} names: a number is an id; anything else a title (any case), of which the
     * latest version is taken. Two different series with that title are refused as ambiguous.
     */
    static <T> T find(List<T> rows, String which, ToLongFunction<T> id, Function<T, String> title,
                      ToLongFunction<T> series, ToIntFunction<T> version, String what, String listCommand) {
        String w = which.strip();
        if (w.matches("\\d{1,18}")) {
            long wanted = Long.parseLong(w);
            return rows.stream().filter(r -> id.applyAsLong(r) == wanted).findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no " + what + " with id " + wanted
                            + ". See the ids with: commissioning-desk " + listCommand));
        }
        List<T> named = rows.stream().filter(r -> title.apply(r) != null && title.apply(r).equalsIgnoreCase(w)).toList();
        if (named.isEmpty()) {
            throw new NotFoundException("There is no " + what + " titled \"" + w + "\". See them with: "
                    + "commissioning-desk " + listCommand);
        }
        if (named.stream().mapToLong(series).distinct().count() > 1) {
            throw new NotFoundException("More than one " + what + " is titled \"" + w + "\": name it by id. See the "
                    + "ids with: commissioning-desk " + listCommand);
        }
        return named.stream().max(Comparator.comparingInt(version)).orElseThrow();
    }
}
