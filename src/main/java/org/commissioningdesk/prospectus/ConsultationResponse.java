package org.commissioningdesk.prospectus;

import org.commissioningdesk.common.Texts;

import java.time.LocalDate;

/**
 * One response to the consultation on a prospectus, and what the PCT did about it.
 *
 * @param priorityKey the {@link Priority#key()} it concerns, or null for the prospectus as a whole
 */
public record ConsultationResponse(SourceType source, String respondent, LocalDate receivedOn, String priorityKey,
                                   String summary, String response, boolean answered) {

    public ConsultationResponse normalised() {
        return new ConsultationResponse(source, Texts.clean(respondent), receivedOn, Texts.clean(priorityKey),
                Texts.clean(summary), Texts.clean(response), answered);
    }
}
