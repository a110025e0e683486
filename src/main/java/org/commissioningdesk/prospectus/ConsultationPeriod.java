package org.commissioningdesk.prospectus;

import java.time.LocalDate;

import org.commissioningdesk.common.UkDates;

/**
 * When a prospectus's consultation opened and when it closes, as entered by the person who sent it
 * out. {@code closes} is null for a consultation recorded before closing dates were kept.
 */
public record ConsultationPeriod(LocalDate opened, LocalDate closes) {

    /** The usual length of a public consultation: twelve weeks. */
    public static final int USUAL_WEEKS = 12;

    /** A period, or null when it has not opened. */
    static ConsultationPeriod of(LocalDate opened, LocalDate closes) {
        return opened == null ? null : new ConsultationPeriod(opened, closes);
    }

    /** Whether a response received on {@code date} came in after the consultation closed. */
    public boolean closedBefore(LocalDate date) {
        return closes != null && date != null && date.isAfter(closes);
    }

    /** "Open from 01/10/2006 to 24/12/2006", or "Opened 01/10/2006". */
    public String describe() {
        return closes == null ? "Opened " + UkDates.format(opened)
                : "Open from " + UkDates.format(opened) + " to " + UkDates.format(closes);
    }
}
