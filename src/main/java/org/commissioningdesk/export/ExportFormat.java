package org.commissioningdesk.export;

import java.util.Locale;

/** The kinds of file an export writes. */
public enum ExportFormat {
    PDF("pdf", "PDF (print-ready, A4)"),
    DOCX("docx", "Word document (.docx)"),
    XLSX("xlsx", "Excel workbook (.xlsx)"),
    CSV("csv", "CSV (UTF-8)");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** Whether it holds a document (with headings and a Board paper cover) rather than a table of rows. */
    public boolean isDocument() {
        return this == PDF || this == DOCX;
    }

    @Override
    public String toString() {
        return label;
    }

    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a format: use pdf, docx, xlsx or csv");
    }

    /** The format a file name's extension names, if any. */
    public static java.util.Optional<ExportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
