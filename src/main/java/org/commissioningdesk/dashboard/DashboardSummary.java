package org.commissioningdesk.dashboard;

import java.util.List;
import java.util.Map;

import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.persistence.AuditEntry;
import org.commissioningdesk.prospectus.ProspectusStatus;

/**
 * What the dashboard shows: how the register stands and what changed last.
 *
 * @param activeByType active organisations per type, only types that have any
 * @param prospectusesByStatus prospectus versions per status, only statuses that have any
 * @param unansweredResponses consultation responses not yet answered in prospectuses still being worked on
 */
public record DashboardSummary(Map<OrganisationType, Long> activeByType, long retired, int leadArrangements,
                               Map<ProspectusStatus, Long> prospectusesByStatus, long unansweredResponses,
                               List<AuditEntry> recentChanges) {

    public long prospectuses(ProspectusStatus status) {
        return prospectusesByStatus.getOrDefault(status, 0L);
    }

    public long active() {
        return activeByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
