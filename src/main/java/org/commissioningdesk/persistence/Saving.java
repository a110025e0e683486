package org.commissioningdesk.persistence;

import java.time.Instant;

/** Who is saving now, and when (UTC, to the millisecond): what a record's stamp and its audit row say. */
public record Saving(Instant at, String by) {
}
