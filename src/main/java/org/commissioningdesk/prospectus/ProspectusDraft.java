package org.commissioningdesk.prospectus;

import java.util.List;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Texts;

/** What a person edits in a prospectus: its header, narrative, priorities and consultation log. */
public record ProspectusDraft(Long ownerId, String title, FinancialYear firstYear, Integer cycleYears,
                              String summary, String strategicContext, String healthNeeds,
                              List<Priority> priorities, List<ConsultationResponse> consultation) {

    public ProspectusDraft {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        consultation = consultation == null ? List.of() : List.copyOf(consultation);
    }

    public ProspectusDraft normalised() {
        return new ProspectusDraft(ownerId, Texts.clean(title), firstYear, cycleYears, Texts.clean(summary),
                Texts.clean(strategicContext), Texts.clean(healthNeeds),
                priorities.stream().map(Priority::normalised).toList(),
                consultation.stream().map(ConsultationResponse::normalised).toList());
    }

    /** The financial years of the cycle, first to last (empty when the cycle is not set). */
    public List<FinancialYear> years() {
        return Prospectus.years(firstYear, cycleYears);
    }
}
