package org.commissioningdesk.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Heading;
import org.commissioningdesk.export.Document.Kind;
import org.commissioningdesk.export.Document.Table;

/** Documents for the renderer tests: long enough to span pages, with every kind of block. */
final class SampleDocuments {

    static final String BENGALI = "স্বাস্থ্য পরামর্শ";
    static final String URDU = "صحت کا مشورہ";
    static final String POLISH = "Zażółć gęślą jaźń";

    private SampleDocuments() {
    }

    static Document.Info info() {
        return new Document.Info("Commissioning Prospectus 2007/08", "Tower Hamlets PCT", "Jane Director",
                "Commissioning prospectus for 2007/08", "Version 2, Draft", LocalDate.of(2007, 3, 14), Document.Part.PUBLIC);
    }

    /** A title, contents, three headings, a formatted paragraph and list, and a table of {@code rows} priorities with totals. */
    static Document longDocument(int rows) {
        List<Block> b = new ArrayList<>();
        b.add(new Document.Title("Commissioning Prospectus 2007/08", "Tower Hamlets PCT"));
        b.add(new Document.Contents());
        b.add(new Heading(1, "Summary"));
        b.addAll(Markdown.blocks("We will **invest** in *primary care*.\n\n- Diabetes checks\n- Heart disease\n\n"
                + "Leaflets in " + BENGALI + ", " + URDU + " and " + POLISH + "."));
        b.add(new Heading(2, "Where the money goes"));
        List<List<Object>> table = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 1; i <= rows; i++) {
            BigDecimal amount = new BigDecimal(i * 1000).setScale(2);
            total = total.add(amount);
            table.add(Arrays.asList("Priority " + i, amount, LocalDate.of(2007, 4, 1), new BigDecimal("92.5")));
        }
        b.add(new Table("Priorities by year", List.of(Column.text("Priority", 2), Column.of("Amount", Kind.MONEY),
                Column.of("Starts", Kind.DATE), Column.of("Share", Kind.PERCENT)), table,
                Arrays.asList("Total", total, null, null)));
        b.add(new Heading(1, "Consultation"));
        b.add(Document.KeyValues.of("Responses", "12", "Answered", "9"));
        return new Document(info(), b);
    }
}
