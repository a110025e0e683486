package org.commissioningdesk.prospectus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.Money;
import org.commissioningdesk.demo.DemoDataService;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.ExportFormat;
import org.commissioningdesk.export.Exports;
import org.commissioningdesk.export.Progress;
import org.commissioningdesk.testing.Readers;
import org.commissioningdesk.testing.TestDatabases;

class ProspectusDocumentTest {

    @TempDir
    Path folder;

    private ProspectusDetails towerHamlets;
    private String fileName;

    @BeforeEach
    void load() {
        TestDatabases.createLondon(TestDatabases.location(folder), true);
        try (Services services = TestDatabases.open(folder)) {
            long id = services.prospectuses().list().stream()
                    .filter(p -> p.title().equals(DemoDataService.PROSPECTUS_TITLES.get(2))).findFirst().orElseThrow().id();
            towerHamlets = services.prospectuses().details(id);
            Prospectus p = towerHamlets.prospectus();
            fileName = services.prospectuses().exportJob(id, p.title(), p.version(), p.summary())
                    .fileName(ExportFormat.PDF);
        }
    }

    private Document document() {
        return ProspectusDocument.of(towerHamlets, "test.director", LocalDate.of(2007, 3, 14));
    }

    @Test
    void thePdfHasTheProspectusInOrderWithPrioritiesFinanceAndConsultation() {
        assertThat(fileName).isEqualTo("Tower Hamlets PCT Commissioning Prospectus 2007-08 v1.pdf");
        Path file = folder.resolve(fileName);
        Exports.document(document(), ExportFormat.PDF, file, Progress.NONE);
        String text = Readers.pdfText(file);
        Prospectus p = towerHamlets.prospectus();
        int at = 0;
        // The body's headings, after the contents list, in the order of the document.
        for (String heading : List.of("Summary", "Strategic context", "Health needs", "Our priorities",
                "1. " + p.priorities().get(0).title(), "Priorities we inherit", "Finance", "By year", "By service area",
                "Consultation", "Responses by source", "You said, we did")) {
            int found = text.indexOf(heading + "\n", at);
            assertThat(found).as(heading).isGreaterThan(at);
            at = found;
        }
        // The London-wide and LCG priorities it inherits are listed, marked as such.
        assertThat(towerHamlets.inherited()).isNotEmpty();
        String section = text.substring(text.lastIndexOf("Priorities we inherit"), text.lastIndexOf("Finance\n"));
        assertThat(section.split("\\(inherited\\)", -1)).hasSize(towerHamlets.inherited().size() + 1);
        ProspectusFinance finance = ProspectusFinance.of(p.years(), p.priorities());
        BigDecimal net = p.priorities().stream().map(Priority::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(finance.total().net()).isEqualByComparingTo(net);
        // The finance totals row is the sum of the priorities' money.
        assertThat(text).contains("Total " + Money.format(finance.total().investment()) + " "
                + Money.format(finance.total().disinvestment()) + " " + Money.format(net));
        assertThat(text).contains("Page 1 of ");
        long answered = p.consultation().stream().filter(ConsultationResponse::answered).count();
        assertThat(text).contains("Total " + p.consultation().size() + " " + answered);
    }

    @Test
    void theWordFileHasTheSameHeadingsAsRealStylesAndTheFinanceTable() {
        Path file = folder.resolve("p.docx");
        Exports.document(document(), ExportFormat.DOCX, file, Progress.NONE);
        List<String> headings = Readers.docxHeadings(file);
        assertThat(headings).startsWith("Title: " + towerHamlets.prospectus().title(), "Heading1: Summary",
                "Heading1: Strategic context", "Heading1: Health needs", "Heading1: Our priorities");
        assertThat(headings).contains("Heading2: By service area", "Heading2: You said, we did");
        try (XWPFDocument d = Readers.docx(file)) {
            XWPFTable byYear = d.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Investment"))
                    .findFirst().orElseThrow();
            assertThat(byYear.getRow(1).getCell(0).getText()).isEqualTo("2007/08");
            assertThat(byYear.getRow(byYear.getNumberOfRows() - 1).getCell(0).getText()).isEqualTo("Total");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLongProspectusRepeatsItsTableHeadersOnEveryPageTheyRunOnto() {
        ProspectusDetails big = org.commissioningdesk.bench.ExportBenchmark.prospectus(100);
        Path file = folder.resolve("big.pdf");
        Exports.document(ProspectusDocument.of(big, "test.director", LocalDate.of(2007, 3, 14)), ExportFormat.PDF, file,
                Progress.NONE);
        List<String> pages = Readers.pdfPages(file);
        int first = -1;
        int last = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Respondent ")) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // The 60 responses of "You said, we did" run over several pages, each with the header row.
        assertThat(last).isGreaterThan(first);
        for (int i = first; i <= last; i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("Who About You said We did");
        }
        assertThat(pages.get(0)).contains("Page 1 of " + pages.size());
    }
}
