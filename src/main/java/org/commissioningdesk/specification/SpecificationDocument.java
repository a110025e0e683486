package org.commissioningdesk.specification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commissioningdesk.common.Money;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Heading;
import org.commissioningdesk.export.Document.Kind;
import org.commissioningdesk.export.Document.KeyValues;
import org.commissioningdesk.export.Document.Paragraph;
import org.commissioningdesk.export.Document.Table;
import org.commissioningdesk.export.Document.Title;
import org.commissioningdesk.export.Markdown;

/**
 * A service specification as the document that goes to a provider, under the NHS template's
 * headings (1 to 6, with 3.1 to 3.6 under Scope): the care pathway as a table and as a diagram, the
 * quality requirements table (threshold, direction, measurement, frequency, consequence of breach,
 * incentive), and its version, status and agreed date.
 */
public final class SpecificationDocument {

    private SpecificationDocument() {
    }

    public static Document of(Specification s, String author, LocalDate today) {
        SpecificationDraft c = s.content();
        List<Block> b = new ArrayList<>();
        b.add(new Title(s.title(), "Service specification" + (c.serviceArea() == null ? "" : " - " + c.serviceArea())));
        List<KeyValues.Entry> about = new ArrayList<>();
        about.add(new KeyValues.Entry("Service area", c.serviceArea()));
        about.add(new KeyValues.Entry("Commissioner", s.commissionerName() == null ? "Not set" : s.commissionerName()));
        about.add(new KeyValues.Entry("Provider", s.providerName() == null ? "Not yet placed" : s.providerName()));
        about.add(new KeyValues.Entry("Version", Integer.toString(s.version())));
        about.add(new KeyValues.Entry("Status", s.status().label()));
        about.add(new KeyValues.Entry("Agreed on", s.agreedOn() == null ? "Not yet agreed" : UkDates.format(s.agreedOn())));
        b.add(new KeyValues(about));
        b.add(new Document.Contents());

        String lastHeading = null;
        for (SpecSection section : SpecSection.values()) {
            boolean sub = section.number().contains(".");
            if (sub && !section.heading().equals(lastHeading)) {
                b.add(new Heading(1, section.number().substring(0, section.number().indexOf('.')) + ". " + section.heading()));
            }
            lastHeading = section.heading();
            b.add(new Heading(sub ? 2 : 1, section.number() + (sub ? " " : ". ") + section.title()));
            List<Block> text = Markdown.blocks(c.section(section));
            b.addAll(text.isEmpty() ? List.of(Paragraph.of("Not written.")) : text);
            if (section == SpecSection.SERVICE_DESCRIPTION) {
                pathway(b, s);
            }
            if (section == SpecSection.QUALITY) {
                quality(b, c.quality());
            }
        }
        return new Document(new Document.Info(s.title(), s.commissionerName(), author,
                "Service specification" + (c.serviceArea() == null ? "" : ", " + c.serviceArea()),
                "Version " + s.version() + ", " + s.status().label(), today, Document.Part.PUBLIC), b);
    }

    private static void pathway(List<Block> b, Specification s) {
        List<PathwayStep> steps = s.content().pathway();
        b.add(new Heading(3, "Care pathway"));
        if (steps.isEmpty()) {
            b.add(Paragraph.of("No care pathway steps are set."));
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PathwayStep p = steps.get(i);
            rows.add(Arrays.asList(i + 1, p.setting(), p.who(), p.what(), p.maxWaitDays()));
        }
        b.add(new Table(null, List.of(new Column("Step", Kind.NUMBER, 0.45), Column.text("Where", 1.2),
                Column.text("Who", 1.2), Column.text("What happens", 2.6), new Column("Longest wait (days)", Kind.NUMBER, 0.8)),
                rows, null));
        b.addAll(PathwayPicture.of(steps, s.title()));
    }

    private static void quality(List<Block> b, List<QualityRequirement> kpis) {
        b.add(new Heading(3, "Quality requirements"));
        if (kpis.isEmpty()) {
            b.add(Paragraph.of("No quality requirements are set."));
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (QualityRequirement q : kpis) {
            String incentive = q.incentive() == null ? "None"
                    : q.incentive() + (q.incentiveAmount() == null ? "" : " (" + Money.format(q.incentiveAmount()) + ")");
            rows.add(Arrays.asList(q.indicator(), q.threshold() == null ? null : q.threshold().toPlainString()
                            + (q.unit() == null ? "" : " " + q.unit()),
                    q.direction() == null ? null : q.direction().label(), q.measurement(),
                    q.frequency() == null ? null : q.frequency().label(), q.consequenceText(), incentive));
        }
        b.add(new Table(null, List.of(Column.text("Indicator", 1.5), Column.text("Threshold", 0.85),
                Column.text("Direction", 0.85), Column.text("Measurement", 1.6), Column.text("Frequency", 0.85),
                Column.text("Consequence of breach", 1.3), Column.text("Incentive", 1.2)), rows, null));
    }
}
