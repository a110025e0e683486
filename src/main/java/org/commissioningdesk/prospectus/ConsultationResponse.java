package org.commissioningdesk.prospectus;

import org.commissioningdesk.common.Texts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One response to the consultation on a prospectus, and what the PCT did about it.
 *
 * @param priorityKey the {@link Priority#key()} it concerns, or null for the prospectus as a whole
 * @param uid         the lasting id of the stored row it was read from, so that a save changes that row in place;
 *                    null for a response not saved yet
 */
public record ConsultationResponse(SourceType source, String respondent, LocalDate receivedOn, String priorityKey,
                                   String summary, String response, boolean answered, UUID uid) {

    /** A response not saved yet. */
    public ConsultationResponse(SourceType source, String respondent, LocalDate receivedOn, String priorityKey,
                                String summary, String response, boolean answered) {
        this(source, respondent, receivedOn, priorityKey, summary, response, answered, null);
    }

    public ConsultationResponse normalised() {
        return new ConsultationResponse(source, Texts.clean(respondent), receivedOn, Texts.clean(priorityKey),
                Texts.clean(summary), Texts.clean(response), answered, uid);
    }

    /** Two responses are equal when they hold the same; which stored row each came from is not part of that. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ConsultationResponse o && source == o.source && Objects.equals(respondent, o.respondent)
                && Objects.equals(receivedOn, o.receivedOn) && Objects.equals(priorityKey, o.priorityKey)
                && Objects.equals(summary, o.summary) && Objects.equals(response, o.response)
                && answered == o.answered;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, respondent, receivedOn, priorityKey, summary, response, answered);
    }
}
