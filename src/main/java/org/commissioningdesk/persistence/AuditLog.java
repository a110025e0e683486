package org.commissioningdesk.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.common.UserIdentity;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Writes and reads the audit trail. Every change is recorded in the same transaction as the
 * change itself, so a change that rolls back leaves no audit row, and no change goes unrecorded.
 */
public final class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final CurrentUser user;
    private final Clock clock;

    /** Records changes under the name {@code user} holds at the moment of each change. */
    public AuditLog(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    /** Records every change as {@code user}. */
    public AuditLog(UserIdentity user, Clock clock) {
        this(CurrentUser.fixed(user), clock);
    }

    /** Who the changes are recorded as (also the author of exported documents). */
    public CurrentUser user() {
        return user;
    }

    /** The clock changes are recorded by. */
    public Clock clock() {
        return clock;
    }

    /** Records a change; {@code before} and {@code after} are records (or null) written as JSON text. */
    public void record(Tx tx, String entity, Long entityId, String action, Object before, Object after) {
        tx.handle().createUpdate("""
                        INSERT INTO audit_log (changed_at, changed_by, entity, entity_id, action, before_text, after_text)
                        VALUES (:at, :who, :entity, :entityId, :action, :before, :after)""")
                .bind("at", LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS))
                .bind("who", user.name())
                .bind("entity", entity)
                .bind("entityId", entityId)
                .bind("action", action)
                .bind("before", asText(before))
                .bind("after", asText(after))
                .execute();
    }

    /** The most recent entries, newest first. */
    public List<AuditEntry> recent(Tx tx, int limit) {
        return tx.handle().createQuery("""
                        SELECT id, changed_at, changed_by, entity, entity_id, action, before_text, after_text
                        FROM audit_log ORDER BY id DESC FETCH FIRST :limit ROWS ONLY""")
                .bind("limit", limit)
                .map(AuditLog::entry)
                .list();
    }

    /** Every entry about one record, oldest first. */
    public List<AuditEntry> forEntity(Tx tx, String entity, long entityId) {
        return tx.handle().createQuery("""
                        SELECT id, changed_at, changed_by, entity, entity_id, action, before_text, after_text
                        FROM audit_log WHERE entity = :entity AND entity_id = :id ORDER BY id""")
                .bind("entity", entity)
                .bind("id", entityId)
                .map(AuditLog::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("changed_at", LocalDateTime.class),
                rs.getString("changed_by"), rs.getString("entity"), rs.getObject("entity_id", Long.class),
                rs.getString("action"), rs.getString("before_text"), rs.getString("after_text"));
    }

    /** The text a record is kept as in the audit trail: JSON, or a string as it is. */
    static String asText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit text for " + value.getClass().getSimpleName(), e);
        }
    }
}
