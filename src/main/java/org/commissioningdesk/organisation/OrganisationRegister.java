package org.commissioningdesk.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Kind;
import org.commissioningdesk.export.Sheet;

/** The organisation register as a sheet, for Excel, CSV or a PDF report. */
public final class OrganisationRegister {

    private OrganisationRegister() {
    }

    /**
     * The rows {@code shown}, named from {@code all} (so a member's parent is named even when the
     * filter hides the parent), under the filter described in words (or null for none).
     */
    public static Sheet of(List<Organisation> shown, List<Organisation> all, String filter) {
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
        List<List<Object>> rows = new ArrayList<>();
        for (Organisation o : shown) {
            rows.add(Arrays.asList(o.name(), o.type().label(), o.code(), o.sector(),
                    o.parentId() == null ? null : names.get(o.parentId()), o.activeFrom(), o.activeTo(),
                    o.isRetired() ? "Retired" : "Active"));
        }
        return new Sheet("Organisations", filter, List.of(Column.text("Name", 2.2), Column.text("Type", 1.3),
                Column.text("Code", 0.6), Column.text("Sector", 0.9), Column.text("Member of", 1.6),
                Column.of("Active from", Kind.DATE), Column.of("Retired on", Kind.DATE), Column.text("State", 0.6)), rows);
    }

    /** For the command line: every organisation. */
    public static Sheet of(List<Organisation> all) {
        return of(all, all, null);
    }
}
