package org.commissioningdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.commissioningdesk.testing.Readers;

class BoardPaperTest {

    @TempDir
    Path folder;

    private static final BoardPaper DEFAULTS = new BoardPaper(null, null, null, null, "Commissioning Prospectus 2007/08",
            null, "Jane Director", null, "The PCT's plan for 2007/08.", null, null, null, null, null, null, null, null,
            null, null);

    private Path json(String text) throws IOException {
        return Files.writeString(folder.resolve("paper.json"), text);
    }

    @Test
    void aCompleteFileMakesACoverSheetBeforeTheDocumentWithThePartInEveryFooter() throws IOException {
        BoardPaper paper = BoardPaperFile.read(json("""
                {"meeting": "PCT Board", "date": "2007-03-29", "agendaItem": "7", "paperNumber": "TB 42/07",
                 "sponsor": "Director of Commissioning", "purpose": "approval",
                 "recommendation": "THAT the Board approves the prospectus.", "bafRisks": "BAF 3: financial balance",
                 "financialImplications": "Net disinvestment of £500,000.", "part": "private"}
                """), DEFAULTS);
        assertThat(paper.date()).isEqualTo(LocalDate.of(2007, 3, 29));
        assertThat(paper.title()).isEqualTo("Commissioning Prospectus 2007/08");
        assertThat(paper.summary()).isEqualTo("The PCT's plan for 2007/08.");
        Path file = folder.resolve("paper.pdf");
        Exports.document(paper.wrap(SampleDocuments.longDocument(60)), ExportFormat.PDF, file, Progress.NONE);
        List<String> pages = Readers.pdfPages(file);
        String cover = pages.get(0);
        assertThat(cover).contains("PCT Board, 29 March 2007").contains("Agenda item 7").contains("Paper number TB 42/07")
                .contains("Sponsoring executive director Director of Commissioning").contains("Author Jane Director")
                .contains("Purpose For approval").contains("Part of the meeting Private (confidential)")
                .contains("1. Summary").contains("2. Recommendation").contains("THAT the Board approves the prospectus.")
                .contains("3. Board Assurance Framework risks").contains("4. Financial implications");
        // The document starts on a page of its own, and its contents do not list the cover's headings.
        assertThat(cover).doesNotContain("Where the money goes");
        assertThat(pages.get(1)).contains("Where the money goes").doesNotContain("Recommendation");
        assertThat(pages).allMatch(p -> p.contains("Private"));
    }

    @Test
    void anUnknownKeyIsAnErrorThatListsTheKeys() throws IOException {
        Path file = json("{\"meeting\": \"PCT Board\", \"purpose\": \"noting\", \"recommendation\": \"THAT\", "
                + "\"recomendation\": \"typo\"}");
        assertThatThrownBy(() -> BoardPaperFile.read(file, DEFAULTS)).isInstanceOf(ExportException.class)
                .hasMessageContaining("recomendation").hasMessageContaining("The keys are: meeting, date");
    }

    @Test
    void aMissingRecommendationOrPurposeIsRefused() throws IOException {
        Path noRecommendation = json("{\"meeting\": \"PCT Board\", \"purpose\": \"noting\"}");
        assertThatThrownBy(() -> BoardPaperFile.read(noRecommendation, DEFAULTS)).isInstanceOf(ExportException.class)
                .hasMessageContaining("Write the recommendation");
        Path noPurpose = json("{\"meeting\": \"PCT Board\", \"recommendation\": \"THAT the Board notes it\"}");
        assertThatThrownBy(() -> BoardPaperFile.read(noPurpose, DEFAULTS)).isInstanceOf(ExportException.class)
                .hasMessageContaining("Choose what the meeting is asked to do");
    }

    @Test
    void badValuesAreNamed() throws IOException {
        assertThatThrownBy(() -> BoardPaperFile.read(json("{\"date\": \"29/03/2007\"}"), DEFAULTS))
                .hasMessageContaining("yyyy-mm-dd");
        assertThatThrownBy(() -> BoardPaperFile.read(json("{\"purpose\": \"rubber stamp\"}"), DEFAULTS))
                .hasMessageContaining("not a purpose");
        assertThatThrownBy(() -> BoardPaperFile.read(json("{\"part\": \"secret\"}"), DEFAULTS))
                .hasMessageContaining("public or private");
        assertThatThrownBy(() -> BoardPaperFile.read(json("[1, 2]"), DEFAULTS)).hasMessageContaining("one JSON object");
        assertThatThrownBy(() -> BoardPaperFile.read(json("{\"meeting\": "), DEFAULTS)).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> BoardPaperFile.read(json("{\"agendaItem\": 7}"), DEFAULTS))
                .hasMessageContaining("must be text");
        assertThatThrownBy(() -> BoardPaperFile.read(folder.resolve("none.json"), DEFAULTS))
                .hasMessageContaining("does not exist");
    }
}
