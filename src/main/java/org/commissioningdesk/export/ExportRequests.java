package org.commissioningdesk.export;

/** Where a screen's Export… button takes its job: the window asks what and where, then writes it in the background. */
public interface ExportRequests {

    /** Asks for the format (and a Board paper cover, where it can be one) and the file, then exports. */
    void export(ExportJob job);

    /** Shows the job's PDF pages in the print preview, from which they can be printed. */
    void preview(ExportJob job);

    /**
     * What a screen with a list and an editor has to export: the record open in the editor (once the
     * person agrees to export its saved version), or else the list.
     */
    static java.util.Optional<ExportJob> shown(boolean editorOpen, java.util.function.BooleanSupplier savedVersionWanted,
                                               java.util.function.Supplier<java.util.Optional<ExportJob>> editor,
                                               java.util.function.Supplier<ExportJob> list) {
        if (!editorOpen) {
            return java.util.Optional.of(list.get());
        }
        return savedVersionWanted.getAsBoolean() ? editor.get() : java.util.Optional.empty();
    }

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
