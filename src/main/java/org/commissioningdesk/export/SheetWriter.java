package org.commissioningdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Kind;

/**
 * Writes a {@link Sheet} as a spreadsheet or CSV that opens cleanly in Excel: typed cells (numbers
 * as numbers, money in a GBP format, dates as dates), the header row frozen with an autofilter, and
 * column widths set. Text that a spreadsheet would run as a formula (it begins with = + - @ or a tab
 * or carriage return) is never run: XLSX writes all text as text cells, CSV puts an apostrophe first.
 */
public final class SheetWriter {

    /** GBP, with negatives in red and a minus sign. */
    public static final String MONEY_FORMAT = "\"£\"#,##0.00;[Red]-\"£\"#,##0.00";
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    public static final String PERCENT_FORMAT = "0.0%";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SheetWriter() {
    }

    /** Writes an Excel workbook, streaming rows so ten thousand of them need little memory. */
    public static void xlsx(Sheet sheet, OutputStream out, Progress progress) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet s = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.title()));
            CreationHelper helper = workbook.getCreationHelper();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(helper.createDataFormat().getFormat(MONEY_FORMAT));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat(DATE_FORMAT));
            date.setAlignment(HorizontalAlignment.LEFT);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(helper.createDataFormat().getFormat(PERCENT_FORMAT));

            List<Column> columns = sheet.columns();
            int[] widths = new int[columns.size()];
            Row head = s.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                widths[c] = columns.get(c).header().length() + 3;
            }
            int total = sheet.rows().size();
            for (int r = 0; r < total; r++) {
                if (r % 500 == 0) {
                    progress.step(0.9 * r / Math.max(1, total), "Writing row " + (r + 1) + " of " + total);
                }
                List<Object> values = sheet.rows().get(r);
                Row row = s.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    Kind kind = columns.get(c).kind();
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                        widths[c] = Math.max(widths[c], 12);
                    } else if (value instanceof Number n) {
                        BigDecimal exact = value instanceof BigDecimal b ? b : new BigDecimal(n.toString());
                        if (kind == Kind.PERCENT) {
                            cell.setCellValue(exact.movePointLeft(2).doubleValue());
                            cell.setCellStyle(percent);
                        } else {
                            cell.setCellValue(exact.doubleValue());
                            if (kind == Kind.MONEY) {
                                cell.setCellStyle(money);
                            }
                        }
                        widths[c] = Math.max(widths[c], Cells.text(value, kind).length() + 2);
                    } else {
                        String text = value.toString();
                        cell.setCellValue(text);
                        widths[c] = Math.max(widths[c], Math.min(60, longestLine(text) + 2));
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                s.setColumnWidth(c, Math.min(255, widths[c]) * 256);
            }
            s.createFreezePane(0, 1);
            if (columns.size() > 0) {
                s.setAutoFilter(new CellRangeAddress(0, Math.max(0, total), 0, columns.size() - 1));
            }
            progress.step(0.95, "Saving the workbook");
            workbook.write(out);
        } finally {
            workbook.close();
        }
        progress.step(1.0, "Written");
    }

    /**
     * Writes CSV in UTF-8 with a header row; {@code bom} puts a byte-order mark first so Excel reads
     * "£" and accented names correctly. Money and numbers are plain (1250.00), dates yyyy-mm-dd.
     */
    public static void csv(Sheet sheet, OutputStream out, boolean bom, Progress progress) throws IOException {
        if (bom) {
            out.write(BOM);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        List<String> header = new ArrayList<>();
        for (Column c : sheet.columns()) {
            header.add(neutralised(c.header()));
        }
        printer.printRecord(header);
        int total = sheet.rows().size();
        for (int r = 0; r < total; r++) {
            if (r % 1000 == 0) {
                progress.step(0.95 * r / Math.max(1, total), "Writing row " + (r + 1) + " of " + total);
            }
            List<String> record = new ArrayList<>();
            for (Object value : sheet.rows().get(r)) {
                record.add(csvText(value));
            }
            printer.printRecord(record);
        }
        printer.flush();
        progress.step(1.0, "Written");
    }

    /** A register as a document, for a PDF or Word report: its title, the filter in force, and one table. */
    public static Document document(Sheet sheet, Document.Info info) {
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Title(sheet.title(), info.organisation()));
        List<Document.KeyValues.Entry> about = new ArrayList<>();
        about.add(new Document.KeyValues.Entry("Rows", Integer.toString(sheet.rows().size())));
        about.add(new Document.KeyValues.Entry("Filter", sheet.filter() == null ? "None: every row" : sheet.filter()));
        if (info.date() != null) {
            about.add(new Document.KeyValues.Entry("Exported on", UkDates.format(info.date())));
        }
        blocks.add(new Document.KeyValues(about));
        blocks.add(new Document.Table(null, sheet.columns(), sheet.rows(), null));
        return new Document(sheet.columns().size() > 5 ? info.inLandscape() : info, blocks);
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        return neutralised(value.toString());
    }

    /** Text a spreadsheet would read as a formula gets an apostrophe first, so it stays text. */
    public static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
