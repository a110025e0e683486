package org.commissioningdesk.organisation;

import org.commissioningdesk.common.FinancialYear;

/**
 * A lead-commissioner arrangement: in {@code year}, the contract with {@code provider} is negotiated
 * by a team led by {@code lead} on behalf of every PCT that uses it (seed 003, ¶78-82, Appendix A).
 */
public record LeadCommissioning(long id, FinancialYear year, long leadId, String leadName,
                                long providerId, String providerName, String note) {

    /** "2006/07: Camden PCT leads the contract with University College London Hospitals NHS Trust". */
    public String describe() {
        return year + ": " + leadName + " leads the contract with " + providerName
                + (note == null ? "" : " (" + note + ")");
    }
}