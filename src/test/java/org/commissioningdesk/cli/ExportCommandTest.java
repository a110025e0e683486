package org.commissioningdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.commissioningdesk.demo.DemoSpecifications;
import org.commissioningdesk.testing.Readers;
import org.commissioningdesk.testing.TestDatabases;

class ExportCommandTest {

    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = folder.resolve("cli").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = DeskCommand.run(all, new PrintWriter(out), new PrintWriter(err), TestDatabases.OPENER);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void init() {
        Run init = run("init", "--starter", "london-2006", "--demo");
        assertThat(init.code()).as(init.err()).isZero();
    }

    @Test
    void aProspectusByTitleAsABoardPaper() throws IOException {
        Path fields = Files.writeString(folder.resolve("paper.json"), """
                {"meeting": "PCT Board", "date": "2007-03-29", "agendaItem": "7", "purpose": "approval",
                 "recommendation": "THAT the Board approves the Commissioning Prospectus 2007/08.", "part": "public"}""");
        Path out = folder.resolve("paper.pdf");
        Run r = run("export", "prospectus", "tower hamlets pct commissioning prospectus 2007/08", "--format", "pdf",
                "--board-paper", fields.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Exported").contains("paper.pdf");
        String cover = Readers.pdfPages(out).get(0);
        assertThat(cover).contains("PCT Board, 29 March 2007").contains("Purpose For approval")
                .contains("THAT the Board approves the Commissioning Prospectus 2007/08.")
                .contains("Author test.director");
    }

    @Test
    void specsComparisonsAndRegistersInEveryFormat() throws IOException {
        assertThat(run("export", "spec", DemoSpecifications.HEART_ATTACK, "--format", "docx", "--out",
                folder.resolve("s.docx").toString()).code()).isZero();
        assertThat(Readers.docxHeadings(folder.resolve("s.docx"))).contains("Heading1: 1. Population needs");
        assertThat(run("export", "spec-compare", DemoSpecifications.HEART_ATTACK, "--from", "1", "--to", "2",
                "--format", "pdf", "--out", folder.resolve("c.pdf").toString()).code()).isZero();
        assertThat(Readers.pdfText(folder.resolve("c.pdf"))).contains("Changes to " + DemoSpecifications.HEART_ATTACK);
        assertThat(run("export", "register", "organisations", "--format", "xlsx", "--out",
                folder.resolve("o.xlsx").toString()).code()).isZero();
        try (InputStream in = Files.newInputStream(folder.resolve("o.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(20);
        }
        assertThat(run("export", "register", "specs", "--format", "csv", "--out",
                folder.resolve("s.csv").toString()).code()).isZero();
        assertThat(Files.readString(folder.resolve("s.csv"))).startsWith("Title,Version,Status");
        assertThat(run("export", "register", "prospectuses", "--format", "pdf", "--out",
                folder.resolve("p.pdf").toString()).code()).isZero();
        assertThat(Readers.pdfText(folder.resolve("p.pdf"))).contains("Prospectuses").contains("Net investment");
    }

    @Test
    void badInputIsOnePlainMessageWithExitOneAndNoFile() throws IOException {
        Path out = folder.resolve("x.pdf");
        Run unknownId = run("export", "prospectus", "999", "--format", "pdf", "--out", out.toString());
        assertThat(unknownId.code()).isEqualTo(1);
        assertThat(unknownId.err()).contains("There is no prospectus with id 999");

        Path unknownKey = Files.writeString(folder.resolve("bad.json"), "{\"meeting\": \"PCT Board\", \"colour\": \"red\"}");
        Run badKey = run("export", "prospectus", "3", "--format", "pdf", "--board-paper", unknownKey.toString(),
                "--out", out.toString());
        assertThat(badKey.code()).isEqualTo(1);
        assertThat(badKey.err()).contains("colour").contains("The keys are");

        Path noRecommendation = Files.writeString(folder.resolve("half.json"), "{\"meeting\": \"PCT Board\", "
                + "\"purpose\": \"noting\"}");
        Run half = run("export", "prospectus", "3", "--format", "pdf", "--board-paper", noRecommendation.toString(),
                "--out", out.toString());
        assertThat(half.err()).contains("Write the recommendation");

        Run noFolder = run("export", "register", "organisations", "--format", "csv", "--out",
                folder.resolve("nowhere").resolve("o.csv").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist").doesNotContain("Exception");

        Run badFormat = run("export", "spec", "1", "--format", "xlsx", "--out", out.toString());
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("pdf or docx");

        Run noVersion = run("export", "spec-compare", "1", "--from", "1", "--to", "7", "--format", "pdf", "--out",
                out.toString());
        assertThat(noVersion.err()).contains("has no version 7");
        assertThat(out).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theHelpDocumentsTheBoardPaperKeys() {
        Run help = run("export", "prospectus", "--help");
        assertThat(help.out()).contains("agendaItem").contains("previouslyConsidered").contains("bafRisks")
                .contains("yyyy-mm-dd").contains("public or private");
    }
}
