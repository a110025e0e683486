package org.commissioningdesk.dashboard;

import java.util.List;
import java.util.Map;

import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.persistence.AuditEntry;

/**
 * What the dashboard shows: how the register stands and what changed last.
 *
 * @param activeByType active organisations per type, only types that have any
 */
public record DashboardSummary(Map<OrganisationType, Long> activeByType, long retired, int leadArrangements,
                               List<AuditEntry> recentChanges) {

    public long active() {
        return activeByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
