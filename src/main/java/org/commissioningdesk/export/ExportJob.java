package org.commissioningdesk.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * What a screen offers to export: a document (a prospectus, a specification, a comparison), which
 * can go behind a Board paper cover, or a register of rows. The content is read when the export
 * runs, in the background, so the screen hands over only how to get it.
 *
 * @param what          what it is, in a few words, for messages ("the prospectus", "the organisation register")
 * @param fileBase      the file name without its extension, saying what it is
 * @param coverDefaults what a Board paper cover can take from the record (title, author, summary);
 *                      null where the export cannot be a Board paper (a register)
 */
public record ExportJob(String what, String fileBase, List<ExportFormat> formats, BoardPaper coverDefaults,
                        Callable<Document> document, Callable<Sheet> sheet, Document.Info sheetInfo) {

    public ExportJob {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(fileBase, "fileBase");
        formats = List.copyOf(formats);
        if ((document == null) == (sheet == null)) {
            throw new IllegalArgumentException("An export job holds a document or a sheet");
        }
    }

    /** A document, exported as PDF or Word, alone or behind a Board paper cover. */
    public static ExportJob document(String what, String fileBase, BoardPaper coverDefaults, Callable<Document> document) {
        return new ExportJob(what, fileBase, List.of(ExportFormat.PDF, ExportFormat.DOCX), coverDefaults, document, null,
                null);
    }

    /** A register, exported as Excel, CSV, or a PDF or Word report. */
    public static ExportJob register(String what, String fileBase, Callable<Sheet> sheet, Document.Info info) {
        return new ExportJob(what, fileBase, List.of(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.PDF,
                ExportFormat.DOCX), null, null, sheet, info);
    }

    public boolean canBeBoardPaper() {
        return coverDefaults != null;
    }

    /** The file name for {@code format}. */
    public String fileName(ExportFormat format) {
        return FileNames.of(fileBase, format.extension());
    }

    /** The content as a document, behind {@code cover} where one is given (for PDF, Word and the print preview). */
    public Document asDocument(BoardPaper cover) throws Exception {
        Document d = document != null ? document.call() : SheetWriter.document(sheet.call(), sheetInfo);
        return cover == null ? d : cover.wrap(d);
    }

    /**
     * Writes the export to {@code target}, all or nothing.
     *
     * @param cover a Board paper cover for a document, or null
     * @param bom   for CSV, whether to start with a byte-order mark
     */
    public void write(ExportFormat format, BoardPaper cover, boolean bom, Path target, Progress progress)
            throws Exception {
        if (!formats.contains(format)) {
            throw new ExportException(what.substring(0, 1).toUpperCase(java.util.Locale.UK) + what.substring(1)
                    + " cannot be exported as " + format.extension().toUpperCase(java.util.Locale.UK) + ".");
        }
        ExportFiles.checkWritable(target);
        progress.step(0.0, "Reading " + what);
        if (sheet != null && !format.isDocument()) {
            Exports.sheet(sheet.call(), sheetInfo, format, bom, target, progress);
        } else {
            Exports.document(asDocument(cover), format, target, progress);
        }
    }
}
