package org.commissioningdesk.prospectus;

import java.time.LocalDate;

/** One dated, attributed move in a prospectus's workflow. {@code from} is null for its creation. */
public record StatusChange(ProspectusStatus from, ProspectusStatus to, java.time.Instant at, String by,
                           LocalDate boardMeetingDate, String note) {
}
