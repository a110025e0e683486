package org.commissioningdesk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The long text of a document section, kept as CommonMark: paragraphs separated by a blank line,
 * bullet lists as lines starting "- " (numbered lists "1. "). Parsed here into blocks, which the
 * screens preview and the exports write as real paragraphs and lists, so the structure survives.
 */
public final class RichText {

    /** A paragraph, or a list of items. */
    public sealed interface Block permits Para, Items {
    }

    /** A paragraph of plain text (line breaks within it become spaces, as in Word). */
    public record Para(String text) implements Block {
    }

    /** A bulleted (or numbered) list; each item is plain text. */
    public record Items(boolean numbered, List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’./%£,:-]*");

    private RichText() {
    }

    /** The blocks of {@code text}, in order; empty for null or blank text. */
    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        Node document = PARSER.parse(text);
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BulletList || n instanceof OrderedList) {
                List<String> items = new ArrayList<>();
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        items.add(plain(item));
                    }
                }
                blocks.add(new Items(n instanceof OrderedList, items));
            } else {
                String t = plain(n);
                if (!t.isEmpty()) {
                    blocks.add(new Para(t));
                }
            }
        }
        return blocks;
    }

    /** The number of words a reader sees (list markers are not words). */
    public static int wordCount(String text) {
        int count = 0;
        for (Block b : blocks(text)) {
            if (b instanceof Para p) {
                count += words(p.text());
            } else if (b instanceof Items list) {
                for (String item : list.items()) {
                    count += words(item);
                }
            }
        }
        return count;
    }

    /**
     * The text with its structure flattened as a reader would lay it out in plain text: a blank line
     * between blocks, each list item on a line of its own marked "• " (or "1. ").
     */
    public static String plainText(String text) {
        List<String> blocks = new ArrayList<>();
        for (Block b : blocks(text)) {
            if (b instanceof Para p) {
                blocks.add(p.text());
            } else if (b instanceof Items list) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < list.items().size(); i++) {
                    lines.add((list.numbered() ? (i + 1) + ". " : "• ") + list.items().get(i));
                }
                blocks.add(String.join("\n", lines));
            }
        }
        return String.join("\n\n", blocks);
    }

    private static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** The visible text of a node and its children, with line breaks and nested blocks as spaces. */
    private static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                space();
                visitChildren(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                space();
                visitChildren(heading);
            }

            private void space() {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
        });
        return out.toString().strip().replaceAll("\\s+", " ");
    }
}
