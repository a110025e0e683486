package org.commissioningdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Kind;

class SheetWriterTest {

    @TempDir
    Path folder;

    private static Sheet sheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("Tower Hamlets PCT", new BigDecimal("1250000.00"), LocalDate.of(2006, 7, 25), 5,
                new BigDecimal("92.5")));
        rows.add(Arrays.asList("=HYPERLINK(\"http://x\",\"click\")", new BigDecimal("-250.50"), null, 0, null));
        rows.add(Arrays.asList("+44 20 7000", null, null, null, null));
        rows.add(Arrays.asList("@SUM(A1)", null, null, null, null));
        rows.add(Arrays.asList("-1+1", null, null, null, null));
        rows.add(Arrays.asList("\tTabbed", null, null, null, null));
        return new Sheet("Organisations", null, List.of(Column.text("Name"), Column.of("Budget", Kind.MONEY),
                Column.of("Since", Kind.DATE), Column.of("Count", Kind.NUMBER), Column.of("Share", Kind.PERCENT)), rows);
    }

    @Test
    void xlsxCellsAreTypedWithAGbpFormatAFrozenHeaderAnAutofilterAndWidths() throws IOException {
        Path file = folder.resolve("orgs.xlsx");
        Exports.sheet(sheet(), SampleDocuments.info(), ExportFormat.XLSX, false, file, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet s = book.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Organisations");
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Budget");
            var money = s.getRow(1).getCell(1);
            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(1250000.00);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo(SheetWriter.MONEY_FORMAT).contains("£");
            var date = s.getRow(1).getCell(2);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2006, 7, 25));
            assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(s.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.925);
            assertThat(s.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            // Text that looks like a formula is a plain string cell, never a formula.
            for (int r = 2; r <= 6; r++) {
                assertThat(s.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E7");
            assertThat(s.getColumnWidth(0)).isGreaterThan(256 * 15);
        }
    }

    @Test
    void csvIsUtf8WithAHeaderRowOptionallyABomAndFormulasNeutralised() throws IOException {
        Path file = folder.resolve("orgs.csv");
        Exports.sheet(sheet(), SampleDocuments.info(), ExportFormat.CSV, true, file, Progress.NONE);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.read(); // the BOM
            records = CSVFormat.RFC4180.parse(in).getRecords();
        }
        assertThat(records.get(0).toList()).containsExactly("Name", "Budget", "Since", "Count", "Share");
        assertThat(records.get(1).toList()).containsExactly("Tower Hamlets PCT", "1250000.00", "2006-07-25", "5", "92.5");
        assertThat(records.get(2).get(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
        assertThat(records.get(2).get(1)).isEqualTo("-250.50");
        assertThat(records.get(3).get(0)).isEqualTo("'+44 20 7000");
        assertThat(records.get(4).get(0)).isEqualTo("'@SUM(A1)");
        assertThat(records.get(5).get(0)).isEqualTo("'-1+1");
        assertThat(records.get(6).get(0)).isEqualTo("'\tTabbed");

        Path plain = folder.resolve("plain.csv");
        Exports.sheet(sheet(), SampleDocuments.info(), ExportFormat.CSV, false, plain, Progress.NONE);
        assertThat(Files.readString(plain, StandardCharsets.UTF_8)).startsWith("Name,Budget");
    }

    @Test
    void aRegisterAsAPdfReportShowsItsFilterAndRows() {
        Sheet filtered = new Sheet("Organisations", "Type: PCT", sheet().columns(), sheet().rows().subList(0, 1));
        Path file = folder.resolve("orgs.pdf");
        Exports.sheet(filtered, SampleDocuments.info(), ExportFormat.PDF, false, file, Progress.NONE);
        String text = org.commissioningdesk.testing.Readers.pdfText(file);
        assertThat(text).contains("Organisations").contains("Filter Type: PCT").contains("Rows 1")
                .contains("Tower Hamlets PCT £1,250,000.00 25/07/2006");
    }
}
