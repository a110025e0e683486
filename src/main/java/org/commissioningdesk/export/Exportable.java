package org.commissioningdesk.export;

import java.util.Optional;

/**
 * A screen that has something to export: the record open in its editor, or its register as
 * filtered on screen. The main window's File > Export… (Ctrl+E) and Print preview… (Ctrl+P) ask the
 * screen shown.
 */
public interface Exportable {

    /** What there is to export now, or empty (with nothing to say) where there is nothing. */
    Optional<ExportJob> exportJob();
}
