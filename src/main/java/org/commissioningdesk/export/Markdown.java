package org.commissioningdesk.export;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.ListBlock;
import org.commissioningdesk.export.Document.Paragraph;
import org.commissioningdesk.export.Document.Span;

/**
 * The long texts people write (CommonMark: paragraphs, "- " and "1. " lists, *italic* and
 * **bold**) as document blocks, so a section keeps its paragraphs, lists and emphasis in every format.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    private Markdown() {
    }

    /** The blocks of {@code text}; none for null or blank text. */
    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (Node n = PARSER.parse(text).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BulletList || n instanceof OrderedList) {
                List<List<Span>> items = new ArrayList<>();
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        items.add(spans(item));
                    }
                }
                int start = n instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                        ? ordered.getMarkerStartNumber() : 1;
                blocks.add(new ListBlock(n instanceof OrderedList, start, items));
            } else if (n instanceof FencedCodeBlock code) {
                literal(blocks, code.getLiteral());
            } else if (n instanceof IndentedCodeBlock code) {
                literal(blocks, code.getLiteral());
            } else if (n instanceof HtmlBlock html) {
                literal(blocks, html.getLiteral());
            } else {
                List<Span> spans = spans(n);
                if (!spans.isEmpty()) {
                    blocks.add(new Paragraph(spans));
                }
            }
        }
        return blocks;
    }

    /**
     * Text CommonMark reads as code or HTML (an indented or fenced passage, a line starting "<"): people
     * did not mean it as either, so it is kept as written, a paragraph per line.
     */
    private static void literal(List<Block> blocks, String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                blocks.add(Paragraph.of(line.strip()));
            }
        }
    }

    /** The runs of one block, with bold and italic kept; nested blocks are joined with a space. */
    static List<Span> spans(Node node) {
        List<Span> spans = new ArrayList<>();
        collect(node, false, false, spans);
        // Trim the ends of the run list, which the joins above may leave.
        if (!spans.isEmpty()) {
            Span first = spans.get(0);
            spans.set(0, new Span(first.text().stripLeading(), first.bold(), first.italic(), false, false));
            Span last = spans.get(spans.size() - 1);
            spans.set(spans.size() - 1, new Span(last.text().stripTrailing(), last.bold(), last.italic(), false, false));
        }
        spans.removeIf(s -> s.text().isEmpty());
        return spans;
    }

    private static void collect(Node node, boolean bold, boolean italic, List<Span> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                append(out, t.getLiteral(), bold, italic);
            } else if (child instanceof Code c) {
                append(out, c.getLiteral(), bold, italic);
            } else if (child instanceof HtmlInline html) {
                append(out, html.getLiteral(), bold, italic);
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                append(out, " ", bold, italic);
            } else if (child instanceof StrongEmphasis) {
                collect(child, true, italic, out);
            } else if (child instanceof Emphasis) {
                collect(child, bold, true, out);
            } else {
                if (!out.isEmpty() && child.getPrevious() != null) {
                    append(out, " ", bold, italic);
                }
                collect(child, bold, italic, out);
            }
        }
    }

    private static void append(List<Span> out, String text, boolean bold, boolean italic) {
        if (!out.isEmpty()) {
            Span last = out.get(out.size() - 1);
            if (last.bold() == bold && last.italic() == italic) {
                out.set(out.size() - 1, new Span(last.text() + text, bold, italic, false, false));
                return;
            }
        }
        out.add(new Span(text, bold, italic, false, false));
    }
}
