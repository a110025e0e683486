package org.commissioningdesk.specification;


/** One move of a specification version through its workflow ({@code from} is null at creation). */
public record SpecStatusChange(SpecStatus from, SpecStatus to, java.time.Instant at, String by, String note) {
}
