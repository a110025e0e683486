package org.commissioningdesk.specification;

import java.time.LocalDate;

import org.commissioningdesk.common.SeriesVersion;

/** One version of a specification as the library lists it. */
public record SpecificationSummary(long id, long seriesId, int version, SpecStatus status, String title,
                                   String serviceArea, Long commissionerId, String commissionerName, Long providerId,
                                   String providerName, LocalDate agreedOn, int steps, int kpis)
        implements SeriesVersion<SpecStatus> {

    /** "Primary PCI for heart attack v2". */
    public String label() {
        return title + " v" + version;
    }
}
