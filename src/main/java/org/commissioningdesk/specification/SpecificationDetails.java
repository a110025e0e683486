package org.commissioningdesk.specification;

import java.util.List;

import org.commissioningdesk.persistence.AuditEntry;

/** Everything the editor shows about one specification version, read in one transaction. */
public record SpecificationDetails(Specification specification, List<SpecificationSummary> versions,
                                   List<SpecStatusChange> statusChanges, List<AuditEntry> audit,
                                   List<DeliveredPriority> deliveredPriorities) {
}
