package org.commissioningdesk.prospectus;

import java.util.List;

import org.commissioningdesk.persistence.AuditEntry;

/** Everything the editor shows about one prospectus, read in one transaction. */
public record ProspectusDetails(Prospectus prospectus, List<InheritedPriority> inherited,
                                List<StatusChange> statusChanges, List<AuditEntry> audit,
                                List<ProspectusSummary> otherVersions) {
}
