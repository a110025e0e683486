package org.commissioningdesk.export;

import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Heading;
import org.commissioningdesk.export.Document.Image;
import org.commissioningdesk.export.Document.KeyValues;
import org.commissioningdesk.export.Document.ListBlock;
import org.commissioningdesk.export.Document.Paragraph;
import org.commissioningdesk.export.Document.Span;
import org.commissioningdesk.export.Document.Table;
import org.commissioningdesk.export.Document.Title;

/** Every piece of text a document shows, each with the heading it sits under, for checks before writing. */
final class Texts {

    private Texts() {
    }

    /** Pairs of [text, the heading above it (or the title)]; null texts are left out. */
    static List<String[]> of(Document document) {
        List<String[]> out = new ArrayList<>();
        String place = document.info().title();
        add(out, document.info().title(), place);
        add(out, document.info().organisation(), place);
        add(out, document.info().version(), place);
        for (Block block : document.blocks()) {
            if (block instanceof Heading x) {
                place = x.text();
                add(out, x.text(), place);
            } else if (block instanceof Title t) {
                add(out, t.text(), place);
                add(out, t.subtitle(), place);
            } else if (block instanceof Paragraph p) {
                add(out, p.text(), place);
            } else if (block instanceof ListBlock l) {
                for (List<Span> item : l.items()) {
                    for (Span s : item) {
                        add(out, s.text(), place);
                    }
                }
            } else if (block instanceof KeyValues kv) {
                for (KeyValues.Entry e : kv.entries()) {
                    add(out, e.key(), place);
                    add(out, e.value(), place);
                }
            } else if (block instanceof Table t) {
                add(out, t.caption(), place);
                for (Column c : t.columns()) {
                    add(out, c.header(), place);
                }
                List<List<Object>> rows = new ArrayList<>(t.rows());
                if (t.totals() != null) {
                    rows.add(t.totals());
                }
                for (List<Object> row : rows) {
                    for (Object cell : row) {
                        if (cell instanceof String s) {
                            add(out, s, place);
                        }
                    }
                }
            } else if (block instanceof Image i) {
                add(out, i.altText(), place);
            }
        }
        return out;
    }

    private static void add(List<String[]> out, String text, String place) {
        if (text != null) {
            out.add(new String[] {text, place});
        }
    }
}
