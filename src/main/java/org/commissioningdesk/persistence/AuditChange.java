package org.commissioningdesk.persistence;

/**
 * A change as the audit trail is given it: the kind of record, the action, and the record before and after as
 * text (JSON for a record, plain words otherwise; null where there is none). {@link AuditWords} tells it.
 */
record AuditChange(String entity, String action, String before, String after) {
}
