package org.commissioningdesk.specification;

import java.time.LocalDateTime;

/** One move of a specification version through its workflow ({@code from} is null at creation). */
public record SpecStatusChange(SpecStatus from, SpecStatus to, LocalDateTime at, String by, String note) {
}
