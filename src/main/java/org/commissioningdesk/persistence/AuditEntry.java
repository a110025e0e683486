package org.commissioningdesk.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One change in the audit trail, as lists show it: when (UTC), who (their display name and the computer
 * account they worked under), what the change was about and what was done, in plain words. What each changed
 * field held before and after is read only on demand ({@link AuditLog#details}).
 *
 * @param account    the computer account the change was made under; null for changes recorded before it was kept
 * @param entityUid  the changed record's lasting id, or null for changes not about one record
 * @param subject    what the change was about ("Prospectus “Camden 2007/08”")
 * @param summary    what was done ("Changed the title from “A” to “B”. Added priority “X”.")
 */
public record AuditEntry(long id, Instant at, String who, String account, String entityType, UUID entityUid,
                         String action, String subject, String summary) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** When, in this computer's time: "14/03/2007 10:15". */
    public String when() {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    /** One line of a history: "14/03/2007 10:15  Jane Smith  Changed the title from “A” to “B”." */
    public String line() {
        return when() + "  " + who + "  " + summary;
    }
}
