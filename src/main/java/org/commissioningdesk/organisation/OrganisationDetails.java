package org.commissioningdesk.organisation;

import java.util.List;

import org.commissioningdesk.persistence.AuditEntry;

/** What the form shows beside an organisation's own fields: its arrangements and its change history. */
public record OrganisationDetails(List<LeadCommissioning> leadArrangements, List<AuditEntry> history) {

    public OrganisationDetails {
        leadArrangements = List.copyOf(leadArrangements);
        history = List.copyOf(history);
    }
}
