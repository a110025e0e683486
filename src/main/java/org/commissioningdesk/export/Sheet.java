package org.commissioningdesk.export;

import java.util.List;
import java.util.Objects;

import org.commissioningdesk.export.Document.Column;

/**
 * A register as rows and typed columns, for a spreadsheet (XLSX), a CSV file, or a PDF report.
 *
 * @param title    what the rows are ("Organisations"), the sheet's name
 * @param filter   the filter shown on screen when it was exported, in words, or null for all rows
 */
public record Sheet(String title, String filter, List<Column> columns, List<List<Object>> rows) {

    public Sheet {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
