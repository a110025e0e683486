package org.commissioningdesk.specification;

import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.RichText;
import org.commissioningdesk.common.TextDiff;

/**
 * Two versions of a specification compared part by part: the header, each section of the
 * template, the care pathway and the quality requirements, with the words that differ marked.
 *
 * @param left  the earlier (or first chosen) version
 * @param right the later (or second chosen) version
 */
public record SpecificationComparison(Specification left, Specification right, List<Part> parts) {

    /** One part of the specification with its differences; {@code changed} is false where the two agree. */
    public record Part(String number, String title, List<TextDiff.Segment> segments, boolean changed) {
        public Part {
            segments = List.copyOf(segments);
        }

        /** "3.2 Service description", or just the title for a part with no number. */
        public String label() {
            return number.isEmpty() ? title : number + " " + title;
        }
    }

    public SpecificationComparison {
        parts = List.copyOf(parts);
    }

    public static SpecificationComparison of(Specification left, Specification right) {
        List<Part> parts = new ArrayList<>();
        parts.add(part("", "Header", header(left), header(right)));
        for (SpecSection s : SpecSection.values()) {
            parts.add(part(s.number(), s.title(), RichText.plainText(left.content().section(s)),
                    RichText.plainText(right.content().section(s))));
        }
        parts.add(part("", "Care pathway", pathway(left.content().pathway()), pathway(right.content().pathway())));
        parts.add(part("", "Quality requirements", quality(left.content().quality()), quality(right.content().quality())));
        return new SpecificationComparison(left, right, parts);
    }

    /** How many parts differ. */
    public long changedParts() {
        return parts.stream().filter(Part::changed).count();
    }

    private static Part part(String number, String title, String before, String after) {
        List<TextDiff.Segment> segments = TextDiff.diff(before, after);
        return new Part(number, title, segments, TextDiff.changed(segments));
    }

    /** What the version says about itself; its place in the workflow differs between versions by nature, so is left out. */
    private static String header(Specification s) {
        return "Title: " + s.title() + "\nService area: " + s.content().serviceArea()
                + "\nCommissioner: " + orNone(s.commissionerName()) + "\nProvider: " + orNone(s.providerName());
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : s;
    }

    static String pathway(List<PathwayStep> steps) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PathwayStep s = steps.get(i);
            lines.add((i + 1) + ". " + s.setting() + (s.who() == null ? "" : " (" + s.who() + ")") + ": " + withFullStop(s.what())
                    + (s.maxWaitDays() == null ? "" : " Maximum wait " + Plural.count(s.maxWaitDays(), "day") + "."));
        }
        return String.join("\n", lines);
    }

    static String quality(List<QualityRequirement> kpis) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            QualityRequirement q = kpis.get(i);
            lines.add((i + 1) + ". " + q.indicator() + ": " + q.targetText() + ", reported "
                    + (q.frequency() == null ? "" : q.frequency().label().toLowerCase(java.util.Locale.ROOT))
                    + "." + (q.measurement() == null ? "" : " Measured by: " + withoutFullStop(q.measurement()) + ".")
                    + " Breach: " + q.consequenceText() + "."
                    + (q.incentive() == null ? "" : " Incentive: " + withoutFullStop(q.incentive())
                    + (q.incentiveAmount() == null ? "" : " (" + org.commissioningdesk.common.Money.format(q.incentiveAmount()) + ")") + "."));
        }
        return String.join("\n", lines);
    }

    private static String withFullStop(String text) {
        return text == null || text.endsWith(".") ? text : text + ".";
    }

    /** Text that ends a clause the comparison closes itself, so a sentence never ends "..". */
    private static String withoutFullStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
