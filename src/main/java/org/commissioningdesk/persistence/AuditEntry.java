package org.commissioningdesk.persistence;

import java.time.LocalDateTime;

/**
 * One row of the audit trail: who changed what, when, and the record before and after, as text.
 *
 * @param entityId the id of the changed record, or null for changes not about one record
 */
public record AuditEntry(long id, LocalDateTime at, String who, String entity, Long entityId, String action,
                         String before, String after) {
}
