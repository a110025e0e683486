package org.commissioningdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.commissioningdesk.export.Document.Heading;
import org.commissioningdesk.testing.Readers;

class PdfRendererTest {

    @TempDir
    Path folder;

    private Path write(Document d) throws IOException {
        Path file = folder.resolve("out.pdf");
        Exports.document(d, ExportFormat.PDF, file, Progress.NONE);
        return file;
    }

    @Test
    void aLongDocumentHasItsHeadingsInOrderPageNumbersAndTheTableHeaderOnEveryPage() throws IOException {
        Path file = write(SampleDocuments.longDocument(120));
        List<String> pages = Readers.pdfPages(file);
        int n = pages.size();
        assertThat(n).isGreaterThan(2);
        for (int i = 0; i < n; i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + n)
                    .contains("Tower Hamlets PCT - Commissioning Prospectus 2007/08")
                    .contains("Version 2, Draft").contains("14/03/2007").contains("Public");
        }
        // The table runs onto page 2, and its header row is repeated there.
        assertThat(pages.get(1)).contains("Priority Amount Starts Share").contains("Priorities by year");
        String all = Readers.pdfText(file);
        assertThat(all.lastIndexOf("Summary\n")).isLessThan(all.lastIndexOf("Where the money goes"));
        assertThat(all.lastIndexOf("Where the money goes")).isLessThan(all.lastIndexOf("Consultation"));
        // Money, dates and percentages as a reader expects them, and the total row.
        assertThat(all).contains("£1,000.00").contains("01/04/2007").contains("92.5%").contains("Total £7,260,000.00");
    }

    @Test
    void textInTheBoroughsLanguagesIsDrawnWithEmbeddedFontsNeverAsEmptyBoxes() throws IOException {
        Path file = write(SampleDocuments.longDocument(3));
        String text = Readers.pdfText(file);
        assertThat(text).contains(SampleDocuments.POLISH);
        // Bengali is drawn from the embedded Noto Sans Bengali, its conjuncts shaped: a reader gets back
        // Bengali letters (the conjunct glyphs themselves have no single character to map back to).
        assertThat(text).contains("পরাম").contains("صحت");
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = Readers.pdf(file)) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).anyMatch(f -> f.contains("LiberationSans")).anyMatch(f -> f.contains("NotoSansBengali"))
                .anyMatch(f -> f.contains("NotoNaskhArabic"));
    }

    @Test
    void textNoBundledFontCanDrawIsRefusedBeforeAnyFileIsWritten() {
        Document d = new Document(SampleDocuments.info(), List.of(new Heading(1, "Chinese"),
                Document.Paragraph.of("健康")));
        Path file = folder.resolve("out.pdf");
        assertThatThrownBy(() -> Exports.document(d, ExportFormat.PDF, file, Progress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("\"健\"").hasMessageContaining("under \"Chinese\"")
                .hasMessageContaining("Export to Word instead");
        assertThat(file).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void theFileIsA4TaggedInBritishEnglishWithMetadataAndBookmarksThatFollowTheHeadings() throws IOException {
        Path file = write(SampleDocuments.longDocument(5));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Commissioning Prospectus 2007/08");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Jane Director");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Commissioning prospectus for 2007/08");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
                item.children().forEach(child -> outline.add("  " + child.getTitle()));
            }
            assertThat(outline).containsExactly("Summary", "  Where the money goes", "Consultation");
        }
    }

    @Test
    void nothingIsDrawnOutsideTheMargins() throws IOException {
        Path file = write(SampleDocuments.longDocument(60));
        try (PDDocument pdf = Readers.pdf(file)) {
            List<float[]> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        float x = p.getXDirAdj();
                        float right = x + p.getWidthDirAdj();
                        // 18 mm side margins are 51 points; allow a point for rounding.
                        if (x < 50 || right > PDRectangle.A4.getWidth() - 50) {
                            outside.add(new float[] {x, right});
                        }
                    }
                }
            };
            stripper.getText(pdf);
            assertThat(outside).isEmpty();
        }
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFile() {
        Path file = folder.resolve("out.pdf");
        Progress cancelled = new Progress() {
            int calls;

            @Override
            public void report(double fraction, String message) {
                calls++;
            }

            @Override
            public boolean cancelled() {
                return calls >= 2;
            }
        };
        assertThatThrownBy(() -> Exports.document(SampleDocuments.longDocument(10), ExportFormat.PDF, file, cancelled))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void theSameDocumentRendersTheSameTextEachTime() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        PdfRenderer.write(SampleDocuments.longDocument(3), a, Progress.NONE);
        Path file = folder.resolve("a.pdf");
        Files.write(file, a.toByteArray());
        assertThat(Readers.pdfText(file)).isEqualTo(Readers.pdfText(write(SampleDocuments.longDocument(3))));
    }

    @Test
    void aHeadingIsNeverLeftAloneAtTheFootOfAPage() throws IOException {
        List<Document.Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            blocks.add(new Heading(i % 3 == 0 ? 2 : 1, "Heading number " + i));
            for (int j = 0; j < 1 + i % 4; j++) {
                blocks.add(Document.Paragraph.of("Sentence " + i + "." + j + " ".repeat(1)
                        + "words that fill the line and wrap onto the next ".repeat(2 + (i * 7 + j) % 9)));
            }
        }
        Path file = write(new Document(SampleDocuments.info(), blocks));
        List<String> pages = Readers.pdfPages(file);
        assertThat(pages.size()).isGreaterThan(5);
        for (int p = 0; p < pages.size(); p++) {
            String footer = "Page " + (p + 1) + " of";
            List<String> lines = pages.get(p).lines()
                    .filter(l -> !l.contains(footer) && !l.startsWith("Tower Hamlets PCT - "))
                    .filter(l -> !l.isBlank()).toList();
            assertThat(lines.get(lines.size() - 1)).as("the last line of page " + (p + 1))
                    .doesNotStartWith("Heading number");
        }
    }

    @Test
    void aDocumentInEnglishCarriesOnlyItsOwnFontAndKeepsItsTableHeadersTagged() throws IOException {
        Document english = new Document(SampleDocuments.info(), List.of(new Heading(1, "Summary"),
                new Document.Table(null, List.of(Document.Column.text("Priority"), Document.Column.of("Amount",
                        Document.Kind.MONEY)), List.of(java.util.Arrays.asList("Stroke", new java.math.BigDecimal("1.00"))),
                        null)));
        Path file = write(english);
        try (PDDocument pdf = Readers.pdf(file)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).allMatch(f -> f.contains("LiberationSans"));
            // The header cells are still tagged as headers, with their scope.
            List<String> scopes = new ArrayList<>();
            java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>(pdf.getDocumentCatalog().getStructureTreeRoot().getKids());
            while (!todo.isEmpty()) {
                if (todo.pop() instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                    if ("TH".equals(e.getStructureType())) {
                        scopes.add(e.getCOSObject().getCOSDictionary(COSName.A).getNameAsString(COSName.getPDFName("Scope")));
                    }
                    todo.addAll(e.getKids());
                }
            }
            assertThat(scopes).containsExactly("Column", "Column");
        }
    }
}
