package org.commissioningdesk.specification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.common.TextDiff;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.Heading;
import org.commissioningdesk.export.Document.KeyValues;
import org.commissioningdesk.export.Document.Paragraph;
import org.commissioningdesk.export.Document.Span;
import org.commissioningdesk.export.Document.Title;

/**
 * Two versions of a specification compared, as a document to send a provider: only the parts that
 * changed, with added words underlined and removed words struck through; long unchanged passages are
 * shortened to their first and last words, and unchanged parts are listed by name.
 */
public final class ComparisonDocument {

    /** An unchanged passage longer than this many words is shortened. */
    static final int KEEP_WORDS = 12;

    private ComparisonDocument() {
    }

    public static Document of(SpecificationComparison c, String author, LocalDate today) {
        Specification from = c.left();
        Specification to = c.right();
        String title = "Changes to " + to.title();
        List<Block> b = new ArrayList<>();
        b.add(new Title(title, "Version " + from.version() + " compared with version " + to.version()));
        b.add(KeyValues.of("From", from.label() + " (" + from.status().label() + ")",
                "To", to.label() + " (" + to.status().label() + ")",
                "Parts changed", c.changedParts() + " of " + c.parts().size()));
        b.add(new Paragraph(List.of(Span.plain("How to read it: "),
                new Span("underlined words are added", false, false, true, false), Span.plain("; "),
                new Span("struck-through words are removed", false, false, false, true),
                Span.plain(". Unchanged passages are shortened with […].")))); 
        List<String> unchanged = new ArrayList<>();
        for (SpecificationComparison.Part part : c.parts()) {
            if (!part.changed()) {
                unchanged.add(part.label());
                continue;
            }
            b.add(new Heading(1, part.label()));
            b.addAll(paragraphs(part.segments()));
        }
        if (c.changedParts() == 0) {
            b.add(Paragraph.of("The two versions say the same."));
        }
        if (!unchanged.isEmpty()) {
            b.add(new Heading(1, "Unchanged"));
            b.add(Paragraph.of(String.join("; ", unchanged) + "."));
        }
        return new Document(new Document.Info(title, to.commissionerName(), author,
                "Changes from version " + from.version() + " to version " + to.version(),
                "v" + from.version() + " to v" + to.version(), today, Document.Part.PUBLIC), b);
    }

    /** The runs as paragraphs (one per line of the compared text), styled by change. */
    static List<Block> paragraphs(List<TextDiff.Segment> segments) {
        List<Block> out = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        for (TextDiff.Segment s : segments) {
            String[] parts = s.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    flush(out, line);
                }
                if (!parts[i].isEmpty()) {
                    String text = s.change() == TextDiff.Change.SAME ? shortened(parts[i]) : parts[i];
                    line.add(new Span(text, false, false, s.change() == TextDiff.Change.ADDED,
                            s.change() == TextDiff.Change.REMOVED));
                }
            }
        }
        flush(out, line);
        return out;
    }

    private static void flush(List<Block> out, List<Span> line) {
        boolean changed = line.stream().anyMatch(s -> s.underline() || s.strike());
        boolean blank = line.stream().allMatch(s -> s.text().isBlank());
        if (!blank) {
            if (changed) {
                out.add(new Paragraph(line));
            } else if (out.isEmpty() || !(out.get(out.size() - 1) instanceof Paragraph p && p.text().equals("[…]"))) {
                // A line with no change at all is collapsed to one marker.
                out.add(Paragraph.of("[…]"));
            }
        }
        line.clear();
    }

    /** An unchanged run of more than twice {@link #KEEP_WORDS} words, as its first and last words around "[…]". */
    static String shortened(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= 2 * KEEP_WORDS + 4) {
            return text;
        }
        String lead = text.startsWith(" ") ? " " : "";
        String trail = text.endsWith(" ") ? " " : "";
        return lead + String.join(" ", java.util.Arrays.copyOfRange(words, 0, KEEP_WORDS)) + " […] "
                + String.join(" ", java.util.Arrays.copyOfRange(words, words.length - KEEP_WORDS, words.length)) + trail;
    }
}
