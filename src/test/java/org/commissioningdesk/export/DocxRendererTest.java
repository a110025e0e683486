package org.commissioningdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.commissioningdesk.testing.Readers;

class DocxRendererTest {

    @TempDir
    Path folder;

    private Path write(Document d) {
        Path file = folder.resolve("out.docx");
        Exports.document(d, ExportFormat.DOCX, file, Progress.NONE);
        return file;
    }

    @Test
    void headingsUseRealStylesInOrderSoTheNavigationPaneAndContentsWork() throws IOException {
        Path file = write(SampleDocuments.longDocument(3));
        assertThat(Readers.docxHeadings(file)).containsExactly("Title: Commissioning Prospectus 2007/08",
                "Heading1: Summary", "Heading2: Where the money goes", "Heading1: Consultation");
        try (XWPFDocument d = Readers.docx(file)) {
            assertThat(d.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(d.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(d.getStyles().getStyle("ListBullet").getName()).isEqualTo("List Bullet");
            assertThat(d.getStyles().getStyle("DeskTable").getCTStyle().getType().toString()).isEqualTo("table");
            // Arial is the font named throughout.
            assertThat(d.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Arial");
            // A table-of-contents field that Word fills when the file opens.
            assertThat(d.getDocument().xmlText()).contains("TOC \\o \"1-2\"");
            assertThat(d.getSettings().getCTSettings().getUpdateFields().isSetVal()).isTrue();
            List<XWPFParagraph> bullets = d.getParagraphs().stream().filter(p -> "ListBullet".equals(p.getStyle())).toList();
            assertThat(bullets).extracting(XWPFParagraph::getText).containsExactly("Diabetes checks", "Heart disease");
            assertThat(bullets).allMatch(p -> p.getNumID() != null);
            XWPFParagraph formatted = d.getParagraphs().stream().filter(p -> p.getText().startsWith("We will")).findFirst()
                    .orElseThrow();
            assertThat(formatted.getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text).containsExactly("invest");
            assertThat(formatted.getRuns()).filteredOn(XWPFRun::isItalic).extracting(XWPFRun::text)
                    .containsExactly("primary care");
        }
    }

    @Test
    void tablesAreRealTablesWithARepeatedHeaderRowAndTotals() throws IOException {
        Path file = write(SampleDocuments.longDocument(40));
        try (XWPFDocument d = Readers.docx(file)) {
            XWPFTable table = d.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Priority"))
                    .findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(42);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getStyleID()).isEqualTo("DeskTable");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("£1,000.00");
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("01/04/2007");
            assertThat(table.getRow(41).getCell(0).getText()).isEqualTo("Total");
            assertThat(table.getRow(41).getCell(1).getText()).isEqualTo("£820,000.00");
        }
    }

    @Test
    void theFooterCountsPagesWithFieldsAndTheHeaderNamesTheDocument() throws IOException {
        Path file = write(SampleDocuments.longDocument(3));
        try (XWPFDocument d = Readers.docx(file)) {
            String footer = d.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("PAGE").contains("NUMPAGES");
            assertThat(d.getFooterList().get(0).getText()).contains("Version 2, Draft").contains("14/03/2007")
                    .contains("Public");
            assertThat(d.getHeaderList().get(0).getText()).contains("Tower Hamlets PCT - Commissioning Prospectus 2007/08");
            assertThat(d.getProperties().getCoreProperties().getTitle()).isEqualTo("Commissioning Prospectus 2007/08");
            assertThat(d.getProperties().getCoreProperties().getCreator()).isEqualTo("Jane Director");
            var size = d.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isBetween(11900, 11910);
        }
    }
}
