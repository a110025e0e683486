package org.commissioningdesk.prospectus;

import java.math.BigDecimal;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.SeriesVersion;

/** One row of the prospectus list. */
public record ProspectusSummary(long id, long seriesId, long ownerId, String ownerName, ProspectusLevel level,
                                String title, FinancialYear firstYear, int cycleYears, int version,
                                ProspectusStatus status, int priorityCount, BigDecimal netInvestment)
        implements SeriesVersion<ProspectusStatus> {

    public String cycleLabel() {
        return Prospectus.cycleLabel(firstYear, cycleYears);
    }
}
