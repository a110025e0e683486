package org.commissioningdesk.export;

/** Where a screen's Export… button takes its job: the window asks what and where, then writes it in the background. */
public interface ExportRequests {

    /** Asks for the format (and a Board paper cover, where it can be one) and the file, then exports. */
    void export(ExportJob job);

    /** Shows the job's PDF pages in the print preview, from which they can be printed. */
    void preview(ExportJob job);

    /** For tests of screens that do not export. */
    ExportRequests NONE = new ExportRequests() {
        @Override
        public void export(ExportJob job) {
        }

        @Override
        public void preview(ExportJob job) {
        }
    };
}
