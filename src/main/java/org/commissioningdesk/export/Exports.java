package org.commissioningdesk.export;

import java.nio.file.Path;

/**
 * Writes documents and registers to files in any format, all or nothing ({@link ExportFiles}):
 * the one entry point the window and the command line share.
 */
public final class Exports {

    private Exports() {
    }

    /** Writes {@code document} as a PDF or Word file. */
    public static void document(Document document, ExportFormat format, Path target, Progress progress) {
        if (!format.isDocument()) {
            throw new ExportException("A document is exported as PDF or Word, not " + format.extension().toUpperCase()
                    + ".");
        }
        ExportFiles.checkWritable(target);
        progress.step(0.0, "Preparing " + target.getFileName());
        ExportFiles.write(target, out -> {
            if (format == ExportFormat.PDF) {
                PdfRenderer.write(document, out, progress);
            } else {
                DocxRenderer.write(document, out, progress);
            }
        });
    }

    /**
     * Writes a register: rows to Excel or CSV, or a report (title, filter, one table) to PDF or Word.
     *
     * @param info what the report is, for PDF and Word
     * @param bom  for CSV, whether to start with a byte-order mark so Excel reads the file as UTF-8
     */
    public static void sheet(Sheet sheet, Document.Info info, ExportFormat format, boolean bom, Path target,
                             Progress progress) {
        switch (format) {
            case XLSX -> {
                ExportFiles.checkWritable(target);
                ExportFiles.write(target, out -> SheetWriter.xlsx(sheet, out, progress));
            }
            case CSV -> {
                ExportFiles.checkWritable(target);
                ExportFiles.write(target, out -> SheetWriter.csv(sheet, out, bom, progress));
            }
            default -> document(SheetWriter.document(sheet, info), format, target, progress);
        }
    }
}
