package org.commissioningdesk.specification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Kind;
import org.commissioningdesk.export.Sheet;

/** The specification library (every version shown) as a sheet, for Excel, CSV or a PDF report. */
public final class SpecificationRegister {

    private SpecificationRegister() {
    }

    public static Sheet of(List<SpecificationSummary> shown, String filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (SpecificationSummary s : shown) {
            rows.add(Arrays.asList(s.title(), s.version(), s.status().label(), s.serviceArea(), s.commissionerName(),
                    s.providerName(), s.agreedOn(), s.steps(), s.kpis()));
        }
        return new Sheet("Service specifications", filter, List.of(Column.text("Title", 2.4),
                new Column("Version", Kind.NUMBER, 0.5), Column.text("Status", 0.8), Column.text("Service area", 1.2),
                Column.text("Commissioner", 1.4), Column.text("Provider", 1.4), Column.of("Agreed on", Kind.DATE),
                new Column("Pathway steps", Kind.NUMBER, 0.6), new Column("Quality requirements", Kind.NUMBER, 0.7)),
                rows);
    }
}
