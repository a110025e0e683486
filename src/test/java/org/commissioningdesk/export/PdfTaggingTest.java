package org.commissioningdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class PdfTaggingTest {

    private static COSDictionary list(int mcid) {
        COSDictionary d = new COSDictionary();
        d.setInt(COSName.MCID, mcid);
        return d;
    }

    @Test
    void propertyListsFindTheKeyOfAValueAsAPlainDictionaryWould() {
        PdfTagging.PropertyLists lists = new PdfTagging.PropertyLists();
        COSDictionary first = list(0);
        COSDictionary second = list(1);
        COSDictionary shared = list(2);
        COSName a = COSName.getPDFName("Prop1");
        COSName b = COSName.getPDFName("Prop2");
        COSName c = COSName.getPDFName("Prop3");
        COSName d = COSName.getPDFName("Prop4");
        lists.setItem(a, first);
        lists.setItem(b, second);
        lists.setItem(c, shared);
        lists.setItem(d, shared);

        assertThat(lists.containsValue(first)).isTrue();
        assertThat(lists.getKeyForValue(second)).isEqualTo(b);
        assertThat(lists.getKeyForValue(shared)).isEqualTo(c);
        assertThat(lists.containsValue(list(0))).as("an equal-looking but different dictionary").isFalse();

        // A value held by two keys is still found under the other once the first lets it go.
        lists.removeItem(c);
        assertThat(lists.getKeyForValue(shared)).isEqualTo(d);
        lists.setItem(d, first);
        assertThat(lists.containsValue(shared)).isFalse();
        assertThat(lists.getKeyForValue(first)).isEqualTo(a);
        lists.removeItem(a);
        assertThat(lists.getKeyForValue(first)).isEqualTo(d);

        // A reference is found by what it refers to.
        COSObject reference = new COSObject(second);
        assertThat(lists.getKeyForValue(reference)).isEqualTo(b);

        // Borders and shadings share the page's one layout artifact, and every list is written inline.
        COSDictionary border = new COSDictionary();
        border.setItem(COSName.TYPE, COSName.BACKGROUND);
        border.setItem(COSName.BBOX, new org.apache.pdfbox.pdmodel.common.PDRectangle(0, 0, 10, 1).getCOSArray());
        COSName e = COSName.getPDFName("Prop5");
        COSName f = COSName.getPDFName("Prop6");
        lists.setItem(e, border);
        lists.setItem(f, border);
        COSDictionary layout = lists.getCOSDictionary(e);
        assertThat(layout.getCOSName(COSName.TYPE)).isEqualTo(COSName.getPDFName("Layout"));
        assertThat(layout.containsKey(COSName.BBOX)).isFalse();
        assertThat(lists.getCOSDictionary(f)).isSameAs(layout);
        assertThat(layout.isDirect()).isTrue();
        assertThat(lists.getCOSDictionary(b).isDirect()).isTrue();

        PdfTagging.PropertyLists copy = new PdfTagging.PropertyLists();
        copy.addAll(lists);
        assertThat(copy.getKeyForValue(first)).isEqualTo(d);
        assertThat(copy.getKeyForValue(second)).isEqualTo(b);
        copy.clear();
        assertThat(copy.containsValue(first)).isFalse();
        assertThat(copy.size()).isZero();
    }

    @Test
    void everyMarkedRunOnEveryPageNamesAPropertyListOfThatPageAndEachMarkedContentIdIsUsedOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.write(SampleDocuments.longDocument(120), out, Progress.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            int runs = 0;
            int tagged = 0;
            for (PDPage page : pdf.getPages()) {
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                Set<Integer> ids = new HashSet<>();
                Set<COSName> names = new HashSet<>();
                List<COSBase> operands = new ArrayList<>();
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof Operator op) {
                        if ("BDC".equals(op.getName())) {
                            // A run names its property list in the page's resources, or writes it inline when it holds only an id.
                            COSDictionary list;
                            if (operands.get(1) instanceof COSName name) {
                                runs++;
                                // Each run has a list of its own (a run's id or artifact box is its own).
                                assertThat(names.add(name)).as("%s named once", name.getName()).isTrue();
                                list = properties.getCOSDictionary(name);
                                assertThat(list).as("%s on page %d", name.getName(), pdf.getPages().indexOf(page) + 1)
                                        .isNotNull();
                            } else {
                                list = (COSDictionary) operands.get(1);
                            }
                            if (list.containsKey(COSName.MCID)) {
                                assertThat(ids.add(list.getInt(COSName.MCID))).as("marked content id used once").isTrue();
                                tagged++;
                            }
                        }
                        operands.clear();
                    } else {
                        operands.add((COSBase) token);
                    }
                }
                assertThat(names).hasSize(properties.size());
                // The ids of a page run 0, 1, 2, ... with none missing.
                assertThat(ids).allMatch(id -> id >= 0 && id < ids.size());
            }
            assertThat(runs).isGreaterThan(100);
            assertThat(tagged).as("runs of text tied to the structure tree").isGreaterThan(100);
        }
    }
}
