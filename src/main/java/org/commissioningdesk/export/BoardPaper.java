package org.commissioningdesk.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.Heading;
import org.commissioningdesk.export.Document.KeyValues;
import org.commissioningdesk.export.Document.PageBreak;
import org.commissioningdesk.export.Document.Part;
import org.commissioningdesk.export.Document.Title;

/**
 * The cover sheet that takes a document to a Board or committee, in the shape NHS boards use: the
 * meeting, date, agenda item and paper number; the title, sponsoring executive director and author;
 * the purpose; a summary and the recommendation ("THAT the Board ..."); then the links to objectives
 * and Board Assurance Framework risks, financial implications, risks, equality and health-inequalities
 * impact, patient and public involvement, where it has been before, the attachments, and whether it
 * is for the public or the private part of the meeting.
 */
public record BoardPaper(String meeting, LocalDate date, String agendaItem, String paperNumber, String title,
                         String sponsor, String author, Purpose purpose, String summary, String recommendation,
                         String objectives, String bafRisks, String financialImplications, String risks,
                         String equalityImpact, String involvement, String previouslyConsidered, String attachments,
                         Part part) {

    /** The meetings papers usually go to; any other can be typed. */
    public static final List<String> MEETINGS = List.of("PCT Board", "Professional Executive Committee (PEC)",
            "Local Commissioning Group (LCG)", "London Commissioning Group");

    /** What the meeting is asked to do with the paper. */
    public enum Purpose {
        APPROVAL("For approval"), DECISION("For decision"), DISCUSSION("For discussion"), ASSURANCE("For assurance"),
        NOTING("For noting"), INFORMATION("For information");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }

        /** "approval", "For approval" or "APPROVAL". */
        public static Purpose parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^for ", "");
            for (Purpose p : values()) {
                if (p.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("'" + text.strip() + "' is not a purpose: use approval, decision, "
                    + "discussion, assurance, noting or information");
        }
    }

    public BoardPaper {
        part = part == null ? Part.PUBLIC : part;
    }

    /**
     * The problems that stop the paper going to a meeting, each as a plain sentence keyed by field;
     * empty when it is ready.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (blank(meeting)) {
            problems.add(new Problem("meeting", "Name the meeting the paper goes to."));
        }
        if (blank(title)) {
            problems.add(new Problem("title", "Give the paper a title."));
        }
        if (purpose == null) {
            problems.add(new Problem("purpose", "Choose what the meeting is asked to do: approval, decision, "
                    + "discussion, assurance, noting or information."));
        }
        if (blank(recommendation)) {
            problems.add(new Problem("recommendation", "Write the recommendation, e.g. \"THAT the Board approves the "
                    + "prospectus\"."));
        }
        return problems;
    }

    /** A problem with one field. */
    public record Problem(String field, String message) {
    }

    /** Refuses a paper that is not ready, with the first problem's message. */
    public BoardPaper checked() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new ExportException(problems.get(0).message());
        }
        return this;
    }

    /** {@code document} behind this cover sheet, with the paper's part of the meeting in every footer. */
    public Document wrap(Document document) {
        checked();
        List<Block> blocks = new ArrayList<>();
        Document.Info info = document.info();
        blocks.add(new Title(info.organisation() == null ? meeting : info.organisation(),
                meeting + (date == null ? "" : ", " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)))));
        blocks.add(new Heading(1, title));
        List<KeyValues.Entry> head = new ArrayList<>();
        entry(head, "Agenda item", agendaItem);
        entry(head, "Paper number", paperNumber);
        entry(head, "Sponsoring executive director", sponsor);
        entry(head, "Author", author);
        entry(head, "Purpose", purpose.label());
        entry(head, "Part of the meeting", part == Part.PUBLIC ? "Public" : "Private (confidential)");
        blocks.add(new KeyValues(head));
        int n = 0;
        n = section(blocks, n, "Summary", summary);
        n = section(blocks, n, "Recommendation", recommendation);
        n = section(blocks, n, "Links to corporate objectives", objectives);
        n = section(blocks, n, "Board Assurance Framework risks", bafRisks);
        n = section(blocks, n, "Financial implications", financialImplications);
        n = section(blocks, n, "Risks", risks);
        n = section(blocks, n, "Equality and health inequalities impact", equalityImpact);
        n = section(blocks, n, "Patient and public involvement", involvement);
        n = section(blocks, n, "Previously considered by", previouslyConsidered);
        section(blocks, n, "Attachments", attachments);
        blocks.add(new PageBreak());
        blocks.addAll(document.blocks());
        return new Document(info.withPart(part), blocks);
    }

    private static void entry(List<KeyValues.Entry> entries, String key, String value) {
        if (!blank(value)) {
            entries.add(new KeyValues.Entry(key, value.strip()));
        }
    }

    private static int section(List<Block> blocks, int n, String heading, String text) {
        if (blank(text)) {
            return n;
        }
        blocks.add(new Heading(2, (n + 1) + ". " + heading));
        blocks.addAll(Markdown.blocks(text));
        return n + 1;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
