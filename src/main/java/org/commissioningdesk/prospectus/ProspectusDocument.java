package org.commissioningdesk.prospectus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Heading;
import org.commissioningdesk.export.Document.Kind;
import org.commissioningdesk.export.Document.KeyValues;
import org.commissioningdesk.export.Document.Paragraph;
import org.commissioningdesk.export.Document.Span;
import org.commissioningdesk.export.Document.Table;
import org.commissioningdesk.export.Document.Title;
import org.commissioningdesk.export.Markdown;

/**
 * A prospectus as the document that goes out for consultation and to the Board: cover, contents,
 * summary, strategic context and health needs; each priority with its rationale, money by year and
 * outcome measures; the London-wide and LCG priorities it inherits, marked as such; the finance
 * tables by year and by service area, whose totals are those of the priorities; and the
 * consultation, counted by source, with its "You said, we did" table.
 */
public final class ProspectusDocument {

    private ProspectusDocument() {
    }

    public static Document of(ProspectusDetails details, String author, LocalDate today) {
        Prospectus p = details.prospectus();
        List<FinancialYear> years = p.years();
        List<Block> b = new ArrayList<>();
        b.add(new Title(p.title(), p.ownerName() + " - commissioning prospectus for " + p.cycleLabel()));
        List<KeyValues.Entry> about = new ArrayList<>();
        about.add(new KeyValues.Entry("Organisation", p.ownerName()));
        about.add(new KeyValues.Entry("Level", p.level().label()));
        about.add(new KeyValues.Entry("Years covered", p.cycleLabel()));
        about.add(new KeyValues.Entry("Version", p.version() + " (" + p.status().label() + ")"));
        if (p.boardMeetingDate() != null) {
            about.add(new KeyValues.Entry("Approved by the Board on", UkDates.format(p.boardMeetingDate())));
        }
        b.add(new KeyValues(about));
        b.add(new Document.Contents());

        narrative(b, "Summary", p.summary());
        narrative(b, "Strategic context", p.strategicContext());
        narrative(b, "Health needs", p.healthNeeds());

        b.add(new Heading(1, "Our priorities"));
        if (p.priorities().isEmpty()) {
            b.add(Paragraph.of("No priorities have been set yet."));
        }
        for (int i = 0; i < p.priorities().size(); i++) {
            priority(b, i + 1, p.priorities().get(i), years);
        }

        inherited(b, details.inherited());
        finance(b, ProspectusFinance.of(years, p.priorities()), years);
        consultation(b, p);
        return new Document(new Document.Info(p.title(), p.ownerName(), author,
                "Commissioning prospectus for " + p.cycleLabel(), "Version " + p.version() + ", " + p.status().label(),
                today, Document.Part.PUBLIC), b);
    }

    private static void narrative(List<Block> b, String heading, String text) {
        b.add(new Heading(1, heading));
        List<Block> blocks = Markdown.blocks(text);
        b.addAll(blocks.isEmpty() ? List.of(Paragraph.of("Not written yet.")) : blocks);
    }

    private static void priority(List<Block> b, int n, Priority p, List<FinancialYear> years) {
        b.add(new Heading(2, n + ". " + (p.title() == null ? "(untitled priority)" : p.title())));
        // The facts of a priority on one line, label and value: compact for a hundred priorities.
        List<Span> facts = new ArrayList<>();
        fact(facts, "Service area", p.serviceArea());
        fact(facts, "Change", p.changeType() == null ? null : p.changeType().label());
        fact(facts, "Lead officer", p.leadOfficer());
        fact(facts, "Health inequalities focus", p.inequalityFocus());
        if (!facts.isEmpty()) {
            b.add(new Paragraph(facts));
        }
        if (p.rationale() != null) {
            b.add(new Heading(3, "Why"));
            b.addAll(Markdown.blocks(p.rationale()));
        }
        if (!years.isEmpty()) {
            // Money by year across the page: the years as columns, then the total.
            List<Column> columns = new ArrayList<>();
            columns.add(Column.text("", 1.3));
            List<Object> row = new ArrayList<>();
            row.add("Amount");
            for (int y = 0; y < years.size(); y++) {
                columns.add(Column.of(years.get(y).toString(), Kind.MONEY));
                row.add(p.amount(y) == null ? BigDecimal.ZERO.setScale(2) : p.amount(y));
            }
            columns.add(Column.of("Total", Kind.MONEY));
            row.add(p.total());
            b.add(new Table("Money by year", columns, List.of(row), null));
        }
        if (!p.outcomes().isEmpty()) {
            List<List<Object>> rows = new ArrayList<>();
            for (OutcomeMeasure o : p.outcomes()) {
                rows.add(Arrays.asList(o.indicator(), o.unit(), o.baseline(), o.target(),
                        o.targetYear() == null ? null : o.targetYear().toString()));
            }
            b.add(new Table("Outcome measures (baseline to target)",
                    List.of(Column.text("Indicator", 2.4), Column.text("Unit"), new Column("Baseline", Kind.NUMBER, 0.75),
                            new Column("Target", Kind.NUMBER, 0.7), new Column("By", Kind.TEXT, 0.7)), rows, null));
        }
    }

    private static void fact(List<Span> facts, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!facts.isEmpty()) {
            facts.add(Span.plain("   ·   "));
        }
        facts.add(Span.bold(label + ": "));
        facts.add(Span.plain(value));
    }

    private static void inherited(List<Block> b, List<InheritedPriority> inherited) {
        if (inherited.isEmpty()) {
            return;
        }
        b.add(new Heading(1, "Priorities we inherit"));
        b.add(Paragraph.of("These priorities were agreed in the London-wide and Local Commissioning Group prospectuses "
                + "this one sits under. They are shown here as inherited; their money is counted in those prospectuses, "
                + "not in the finance tables below."));
        List<List<Object>> rows = new ArrayList<>();
        for (InheritedPriority i : inherited) {
            rows.add(Arrays.asList(i.level().label() + " (inherited)", i.priority().title(), i.priority().serviceArea(),
                    i.prospectusTitle() + " v" + i.version(), i.priority().total()));
        }
        b.add(new Table(null, List.of(Column.text("From", 1.1), Column.text("Priority", 2), Column.text("Service area", 1.2),
                Column.text("Agreed in", 2), Column.of("Total", Kind.MONEY)), rows, null));
    }

    private static void finance(List<Block> b, ProspectusFinance f, List<FinancialYear> years) {
        b.add(new Heading(1, "Finance"));
        b.add(Paragraph.of("Every figure below is the sum of the priorities' money, so the tables agree with them."));
        b.add(new Heading(2, "By year"));
        List<List<Object>> rows = new ArrayList<>();
        for (ProspectusFinance.YearLine y : f.years()) {
            rows.add(Arrays.asList(y.year().toString(), y.investment(), y.disinvestment(), y.net()));
        }
        b.add(new Table(null, List.of(Column.text("Financial year"), Column.of("Investment", Kind.MONEY),
                Column.of("Disinvestment", Kind.MONEY), Column.of("Net", Kind.MONEY)), rows,
                Arrays.asList("Total", f.total().investment(), f.total().disinvestment(), f.total().net())));
        b.add(new Heading(2, "By service area"));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Service area", 1.6));
        years.forEach(y -> columns.add(Column.of(y.toString(), Kind.MONEY)));
        columns.add(Column.of("Total", Kind.MONEY));
        List<List<Object>> areaRows = new ArrayList<>();
        for (ProspectusFinance.AreaLine a : f.areas()) {
            List<Object> row = new ArrayList<>();
            row.add(a.serviceArea());
            row.addAll(a.perYear());
            row.add(a.total());
            areaRows.add(row);
        }
        List<Object> totals = new ArrayList<>();
        totals.add("Total");
        f.years().forEach(y -> totals.add(y.net()));
        totals.add(f.total().net());
        b.add(new Table(null, columns, areaRows, totals));
    }

    private static void consultation(List<Block> b, Prospectus p) {
        b.add(new Heading(1, "Consultation"));
        List<ConsultationResponse> responses = p.consultation();
        if (responses.isEmpty()) {
            b.add(Paragraph.of("No consultation responses have been recorded."));
            return;
        }
        b.add(new Heading(2, "Responses by source"));
        // By source, in the order of the list of sources; responses whose source was not recorded last.
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (SourceType s : SourceType.values()) {
            counts.put(s.label(), new int[2]);
        }
        for (ConsultationResponse r : responses) {
            int[] c = counts.computeIfAbsent(r.source() == null ? "Not recorded" : r.source().label(), s -> new int[2]);
            c[0]++;
            if (r.answered()) {
                c[1]++;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        int total = 0;
        int answered = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] == 0) {
                continue;
            }
            rows.add(Arrays.asList(e.getKey(), e.getValue()[0], e.getValue()[1]));
            total += e.getValue()[0];
            answered += e.getValue()[1];
        }
        b.add(new Table(null, List.of(Column.text("Source", 2), Column.of("Responses", Kind.NUMBER),
                Column.of("Answered", Kind.NUMBER)), rows, Arrays.asList("Total", total, answered)));
        b.add(new Heading(2, "You said, we did"));
        List<List<Object>> said = new ArrayList<>();
        for (ConsultationResponse r : responses) {
            String priority = p.priorities().stream().filter(x -> x.key().equals(r.priorityKey())).map(Priority::title)
                    .findFirst().orElse("The prospectus as a whole");
            String who = (r.source() == null ? "" : r.source().label())
                    + (r.respondent() == null ? "" : "\n" + r.respondent());
            said.add(Arrays.asList(who, priority, r.summary(),
                    r.response() == null ? "Not yet answered." : r.response()));
        }
        b.add(new Table(null, List.of(Column.text("Who", 1.1), Column.text("About", 1.2), Column.text("You said", 2.2),
                Column.text("We did", 2.2)), said, null));
    }
}
