package org.commissioningdesk.prospectus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Stamp;

/**
 * A commissioning prospectus at one version (seed 003 ¶52-53): who owns it, the cycle it plans,
 * where it is in its workflow, and its content.
 *
 * @param seriesId the id shared by every version of the same prospectus (that of version 1)
 * @param consultationPeriod when it was out for consultation; null while it has not been
 * @param stamp    its lasting id and revision
 */
public record Prospectus(long id, long seriesId, long ownerId, String ownerName, ProspectusLevel level, String title,
                         FinancialYear firstYear, int cycleYears, int version, ProspectusStatus status,
                         LocalDate boardMeetingDate, ConsultationPeriod consultationPeriod, String summary, String strategicContext, String healthNeeds,
                         List<Priority> priorities, List<ConsultationResponse> consultation, Stamp stamp) {

    public Prospectus {
        priorities = List.copyOf(priorities);
        consultation = List.copyOf(consultation);
    }

    /** Its lasting id, the same in every copy of the database. */
    public java.util.UUID uid() {
        return stamp.uid();
    }

    public ProspectusDraft toDraft() {
        return new ProspectusDraft(ownerId, title, firstYear, cycleYears, summary, strategicContext, healthNeeds,
                priorities, consultation);
    }

    public List<FinancialYear> years() {
        return years(firstYear, cycleYears);
    }

    /** "2007/08" or "2007/08 to 2009/10". */
    public String cycleLabel() {
        return cycleLabel(firstYear, cycleYears);
    }

    static String cycleLabel(FinancialYear first, int years) {
        return years <= 1 ? first.toString() : first + " to " + new FinancialYear(first.startYear() + years - 1);
    }

    static List<FinancialYear> years(FinancialYear first, Integer count) {
        List<FinancialYear> years = new ArrayList<>();
        if (first != null && count != null) {
            for (int i = 0; i < count && i < 3; i++) {
                years.add(new FinancialYear(first.startYear() + i));
            }
        }
        return years;
    }
}
