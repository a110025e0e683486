package org.commissioningdesk.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document as the exports see it, knowing no feature: what it is ({@link Info}) and its blocks in
 * reading order. Each feature builds its own (a prospectus, a specification, a register) and every
 * renderer (PDF, Word) writes the same model, so the formats never drift apart.
 */
public record Document(Info info, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(info, "info");
        blocks = List.copyOf(blocks);
    }

    /**
     * What the document is: its title and the organisation it is from (the running header), its
     * version and date (the footer), who wrote it and what it is about (the file's metadata), and
     * whether it is for the public or the private part of a meeting.
     *
     * @param version   "v2", "Draft v1", or null
     * @param landscape whether pages are turned sideways, for registers with many columns
     */
    public record Info(String title, String organisation, String author, String subject, String version,
                       LocalDate date, Part part, boolean landscape) {
        public Info {
            Objects.requireNonNull(title, "title");
            part = part == null ? Part.PUBLIC : part;
        }

        /** Upright pages. */
        public Info(String title, String organisation, String author, String subject, String version, LocalDate date,
                    Part part) {
            this(title, organisation, author, subject, version, date, part, false);
        }

        public Info withPart(Part newPart) {
            return new Info(title, organisation, author, subject, version, date, newPart, landscape);
        }

        public Info inLandscape() {
            return new Info(title, organisation, author, subject, version, date, part, true);
        }
    }

    /** Which part of a meeting a paper is for; shown in every page's footer. */
    public enum Part {
        PUBLIC("Public"), PRIVATE("Private");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One block of a document, in reading order. */
    public sealed interface Block permits Heading, Paragraph, ListBlock, KeyValues, Table, PageBreak, Image, Title,
            Contents {
    }

    /** The document's title, large, at the top of its first page (or of the cover). */
    public record Title(String text, String subtitle) implements Block {
    }

    /** A heading of level 1 to 3; headings make the PDF's bookmarks, Word's navigation pane and the contents. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading is of level 1, 2 or 3, not " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A table of contents listing the document's level-1 and level-2 headings. */
    public record Contents() implements Block {
    }

    /** A paragraph of styled runs. */
    public record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Span.plain(text)));
        }

        public String text() {
            StringBuilder s = new StringBuilder();
            spans.forEach(span -> s.append(span.text()));
            return s.toString();
        }
    }

    /** A run of text with its styles. */
    public record Span(String text, boolean bold, boolean italic, boolean underline, boolean strike) {
        public Span {
            Objects.requireNonNull(text, "text");
        }

        public static Span plain(String text) {
            return new Span(text, false, false, false, false);
        }

        public static Span bold(String text) {
            return new Span(text, true, false, false, false);
        }
    }

    /** A bulleted or numbered list; each item is a line of styled runs; a numbered list counts from {@code start}. */
    public record ListBlock(boolean numbered, int start, List<List<Span>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }

        public ListBlock(boolean numbered, List<List<Span>> items) {
            this(numbered, 1, items);
        }
    }

    /** Labels and values side by side ("Status: Agreed"); a value may be several lines. */
    public record KeyValues(List<Entry> entries) implements Block {
        public KeyValues {
            entries = List.copyOf(entries);
        }

        /** One label and its value. */
        public record Entry(String key, String value) {
            public Entry {
                Objects.requireNonNull(key, "key");
                value = value == null ? "" : value;
            }
        }

        public static KeyValues of(String... keysAndValues) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
                entries.add(new Entry(keysAndValues[i], keysAndValues[i + 1]));
            }
            return new KeyValues(entries);
        }
    }

    /** What a column holds, which decides how its cells are written and aligned. */
    public enum Kind {
        /** Words, left-aligned. */
        TEXT,
        /** Pounds and pence ({@link BigDecimal}), right-aligned, "£1,250.00". */
        MONEY,
        /** A number ({@link Number}), right-aligned, as given. */
        NUMBER,
        /** A percentage given as a number of per cent (92.5 is 92.5%), right-aligned. */
        PERCENT,
        /** A {@link LocalDate}, written 25/07/2006. */
        DATE;

        public boolean rightAligned() {
            return this != TEXT && this != DATE;
        }
    }

    /** A column of a table: its header and what it holds; {@code weight} sets its share of the width. */
    public record Column(String header, Kind kind, double weight) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("A column's weight is above zero");
            }
        }

        public static Column text(String header) {
            return new Column(header, Kind.TEXT, 1);
        }

        public static Column text(String header, double weight) {
            return new Column(header, Kind.TEXT, weight);
        }

        /** A column of the width its kind usually needs: money the widest of the figures. */
        public static Column of(String header, Kind kind) {
            double weight = switch (kind) {
                case TEXT -> 1;
                case MONEY -> 0.9;
                case DATE -> 0.75;
                case NUMBER, PERCENT -> 0.6;
            };
            return new Column(header, kind, weight);
        }
    }

    /**
     * A table with a header row (repeated on every page it spans), its rows, and an optional totals
     * row set apart at the foot. Cells hold a String, a {@link BigDecimal} or other {@link Number},
     * a {@link LocalDate}, or null for an empty cell.
     */
    public record Table(String caption, List<Column> columns, List<List<Object>> rows, List<Object> totals)
            implements Block {
        public Table {
            columns = List.copyOf(columns);
            List<List<Object>> copied = new ArrayList<>();
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells for " + columns.size()
                            + " columns");
                }
                copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = List.copyOf(copied);
            if (totals != null) {
                if (totals.size() != columns.size()) {
                    throw new IllegalArgumentException("The totals row has " + totals.size() + " cells for "
                            + columns.size() + " columns");
                }
                totals = java.util.Collections.unmodifiableList(new ArrayList<>(totals));
            }
        }
    }

    /** Starts a new page. */
    public record PageBreak() implements Block {
    }

    /**
     * A picture (PNG) with the words that stand for it in an accessible PDF.
     *
     * @param widthMm the width it is shown at; its height follows its shape
     */
    public record Image(byte[] png, int pixelWidth, int pixelHeight, double widthMm, String altText)
            implements Block {
        public Image {
            Objects.requireNonNull(png, "png");
            Objects.requireNonNull(altText, "altText");
        }
    }
}
