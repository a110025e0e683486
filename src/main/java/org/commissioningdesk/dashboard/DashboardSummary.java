package org.commissioningdesk.dashboard;

import java.util.List;
import java.util.Map;

import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.persistence.AuditEntry;
import org.commissioningdesk.prospectus.ProspectusStatus;
import org.commissioningdesk.specification.SpecStatus;

/**
 * What the dashboard shows: how the register stands and what changed last.
 *
 * @param activeByType active organisations per type, only types that have any
 * @param prospectusesByStatus prospectus versions per status, only statuses that have any
 * @param unansweredResponses consultation responses not yet answered in prospectuses still being worked on
 * @param specificationsByStatus service specification versions per status, only statuses that have any
 */
public record DashboardSummary(Map<OrganisationType, Long> activeByType, long retired, int leadArrangements,
                               Map<ProspectusStatus, Long> prospectusesByStatus, long unansweredResponses,
                               Map<SpecStatus, Long> specificationsByStatus, List<AuditEntry> recentChanges) {

    public long specifications(SpecStatus status) {
        return specificationsByStatus.getOrDefault(status, 0L);
    }

    public long prospectuses(ProspectusStatus status) {
        return prospectusesByStatus.getOrDefault(status, 0L);
    }

    public long active() {
        return activeByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
