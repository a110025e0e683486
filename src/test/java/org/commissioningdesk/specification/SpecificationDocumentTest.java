package org.commissioningdesk.specification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.demo.DemoSpecifications;
import org.commissioningdesk.export.ExportFormat;
import org.commissioningdesk.export.Exports;
import org.commissioningdesk.export.Progress;
import org.commissioningdesk.testing.Readers;
import org.commissioningdesk.testing.TestDatabases;

class SpecificationDocumentTest {

    @TempDir
    Path folder;

    private Specification v1;
    private Specification v2;
    private SpecificationComparison comparison;
    private String specName;
    private String changesName;

    @BeforeEach
    void load() {
        TestDatabases.createLondon(TestDatabases.location(folder), true);
        try (Services services = TestDatabases.open(folder)) {
            List<SpecificationSummary> heart = services.specifications().list().stream()
                    .filter(s -> s.title().equals(DemoSpecifications.HEART_ATTACK)).toList();
            v1 = services.specifications().get(heart.stream().filter(s -> s.version() == 1).findFirst().orElseThrow().id());
            v2 = services.specifications().get(heart.stream().filter(s -> s.version() == 2).findFirst().orElseThrow().id());
            comparison = services.specifications().compare(v1.id(), v2.id());
            specName = services.specifications().exportJob(v1.id(), v1.title(), v1.version()).fileName(ExportFormat.PDF);
            changesName = services.specifications().comparisonJob(v1.id(), v2.id(), v2.title(), 1, 2)
                    .fileName(ExportFormat.DOCX);
        }
    }

    @Test
    void thePdfFollowsTheNhsTemplateWithThePathwayAsTableAndDiagramAndTheQualityTable() throws IOException {
        assertThat(specName).isEqualTo(DemoSpecifications.HEART_ATTACK + " v1.pdf");
        Path file = folder.resolve(specName);
        Exports.document(SpecificationDocument.of(v1, "test.director", LocalDate.of(2007, 3, 14)), ExportFormat.PDF,
                file, Progress.NONE);
        String text = Readers.pdfText(file);
        int at = text.indexOf("6. Location of provider premises") + 1; // past the contents list
        at = 0;
        int body = text.lastIndexOf("1. Population needs");
        assertThat(body).isGreaterThan(text.indexOf("1. Population needs"));
        at = body;
        for (String heading : List.of("2. Outcomes", "3. Scope", "3.1 Aims and objectives", "3.2 Service description",
                "Care pathway", "3.3 Population covered", "3.4 Acceptance and exclusion criteria",
                "3.5 Interdependencies with other services", "3.6 Relevant networks", "4. Applicable service standards",
                "5. Quality requirements and incentives", "Quality requirements", "6. Location of provider premises")) {
            int found = text.indexOf(heading, at + 1);
            assertThat(found).as(heading).isGreaterThan(at);
            at = found;
        }
        assertThat(text).contains("Status Agreed").contains("Version 1");
        assertThat(text).contains("Indicator Threshold Direction Measurement Frequency").contains("Incentive");
        assertThat(text).contains(v1.content().quality().get(0).consequenceText().substring(0, 10));
        int images = 0;
        try (PDDocument pdf = Readers.pdf(file)) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertThat(image.getWidth()).isGreaterThan(1000);
                    }
                }
            }
        }
        assertThat(images).as("the pathway diagram").isEqualTo(1);
    }

    @Test
    void theComparisonUnderlinesAddedWordsStrikesRemovedOnesAndListsUnchangedParts() throws IOException {
        assertThat(changesName).isEqualTo(DemoSpecifications.HEART_ATTACK + " changes v1 to v2.docx");
        Path file = folder.resolve(changesName);
        Exports.document(ComparisonDocument.of(comparison, "test.director", LocalDate.of(2007, 3, 14)),
                ExportFormat.DOCX, file, Progress.NONE);
        try (XWPFDocument d = Readers.docx(file)) {
            List<XWPFRun> runs = d.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
            assertThat(runs).anyMatch(r -> r.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE
                    && !r.text().isBlank());
            assertThat(runs).anyMatch(r -> r.isStrikeThrough() && !r.text().isBlank());
            String all = d.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(all).contains("Changes to " + DemoSpecifications.HEART_ATTACK).contains("Unchanged");
            for (SpecificationComparison.Part part : comparison.parts()) {
                assertThat(Readers.docxHeadings(file).contains("Heading1: " + part.label())).as(part.label())
                        .isEqualTo(part.changed());
            }
        }
        Path pdf = folder.resolve("c.pdf");
        Exports.document(ComparisonDocument.of(comparison, "test.director", LocalDate.of(2007, 3, 14)),
                ExportFormat.PDF, pdf, Progress.NONE);
        assertThat(Readers.pdfText(pdf)).contains("v1 to v2").contains("Parts changed " + comparison.changedParts());
    }

    @Test
    void longUnchangedPassagesAreShortened() {
        String words = String.join(" ", java.util.Collections.nCopies(60, "word"));
        assertThat(ComparisonDocument.shortened(words)).contains("[…]").hasSizeLessThan(words.length() / 2);
        assertThat(ComparisonDocument.shortened("a short passage")).isEqualTo("a short passage");
    }

    @Test
    void aLongPathwayIsDrawnInPicturesThatEachFitAPageAndBengaliIsDrawnWithItsOwnFont() {
        List<PathwayStep> steps = new java.util.ArrayList<>();
        for (int i = 1; i <= 32; i++) {
            steps.add(new PathwayStep(i == 2 ? "স্বাস্থ্য কেন্দ্র" : "Clinic " + i, "Team " + i,
                    "A long description with a reference https://www.example.nhs.uk/a/very/long/path/that/never/breaks "
                            + "and more words", i));
        }
        List<org.commissioningdesk.export.Document.Image> pictures = PathwayPicture.of(steps, "Long pathway");
        assertThat(pictures).hasSize(3);
        for (var picture : pictures) {
            double heightMm = picture.widthMm() * picture.pixelHeight() / picture.pixelWidth();
            assertThat(heightMm).as("a picture's height on the page").isLessThan(240);
        }
        assertThat(pictures.get(1).altText()).contains("steps 16 to 30");
        java.awt.Font bengali = org.commissioningdesk.export.Pictures.forText(
                org.commissioningdesk.export.Pictures.font(true, 8f), "স্বাস্থ্য");
        assertThat(bengali.canDisplayUpTo("স্বাস্থ্য")).isEqualTo(-1);
        assertThat(bengali.getFamily()).contains("Bengali");
    }
}
