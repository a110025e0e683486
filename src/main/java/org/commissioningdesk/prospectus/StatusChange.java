package org.commissioningdesk.prospectus;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One dated, attributed move in a prospectus's workflow. {@code from} is null for its creation. */
public record StatusChange(ProspectusStatus from, ProspectusStatus to, LocalDateTime at, String by,
                           LocalDate boardMeetingDate, String note) {
}
