package org.commissioningdesk.specification;

import org.commissioningdesk.common.FinancialYear;

/**
 * A prospectus priority that a specification delivers (the link is made on the priority, in the
 * prospectus editor); shown on the specification.
 */
public record DeliveredPriority(long prospectusId, String prospectusTitle, String ownerName, FinancialYear firstYear,
                                int prospectusVersion, String prospectusStatus, String priorityTitle) {
}
