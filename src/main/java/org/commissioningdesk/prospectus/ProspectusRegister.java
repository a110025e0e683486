package org.commissioningdesk.prospectus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Kind;
import org.commissioningdesk.export.Sheet;

/** The prospectus register (every version shown) as a sheet, for Excel, CSV or a PDF report. */
public final class ProspectusRegister {

    private ProspectusRegister() {
    }

    public static Sheet of(List<ProspectusSummary> shown, String filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProspectusSummary p : shown) {
            rows.add(Arrays.asList(p.title(), p.ownerName(), p.level().label(), p.cycleLabel(), p.version(),
                    p.status().label(), p.priorityCount(), p.netInvestment()));
        }
        return new Sheet("Prospectuses", filter, List.of(Column.text("Title", 2.6), Column.text("Organisation", 1.6),
                Column.text("Level", 0.8), Column.text("Years", 1.1), new Column("Version", Kind.NUMBER, 0.5),
                Column.text("Status", 1), new Column("Priorities", Kind.NUMBER, 0.6),
                new Column("Net investment", Kind.MONEY, 1)), rows);
    }
}
