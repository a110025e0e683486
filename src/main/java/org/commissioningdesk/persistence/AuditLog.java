package org.commissioningdesk.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.common.Stamp;
import org.commissioningdesk.common.StaleSaveException;
import org.commissioningdesk.common.UserIdentity;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Writes and reads the audit trail: one light row per change (when in UTC, who, which record by its lasting id,
 * what was done in plain words) and, apart, only the changed fields' before and after, read when someone opens
 * one change. Every change is recorded in the same transaction as the change itself, so a change that rolls
 * back leaves no audit row, and no change goes unrecorded. See docs/decisions/0014.
 */
public final class AuditLog {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** The light columns a list reads. */
    private static final String LIGHT = "SELECT id, changed_at, changed_by, account, entity_type, entity_uid, action,"
            + " subject, summary FROM audit_event";
    /** Set once the rows moved from the old trail (schema 5) have been told in words. */
    static final String TOLD_SETTING = "audit.moved-rows-told";
    private static final int SUBJECT_LENGTH = 400;
    private static final int SUMMARY_LENGTH = 2000;

    private final CurrentUser user;
    private final Clock clock;
    private final AuditWords words;

    /** Records changes under the name {@code user} holds at the moment of each change, told with {@code words}. */
    public AuditLog(CurrentUser user, Clock clock, AuditWords words) {
        this.user = user;
        this.clock = clock;
        this.words = words;
    }

    /** Records every change as {@code user}. */
    public AuditLog(UserIdentity user, Clock clock, AuditWords words) {
        this(CurrentUser.fixed(user), clock, words);
    }

    /** Who the changes are recorded as (also the author of exported documents). */
    public CurrentUser user() {
        return user;
    }

    /** The clock changes are recorded by. */
    public Clock clock() {
        return clock;
    }

    /** The moment a change made now is recorded at (to the millisecond, as the database keeps it). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Who is saving now, and when: what a record's stamp says. */
    public Saving saving() {
        return new Saving(now(), user.name());
    }

    /**
     * Records a change to the record {@code entityUid} (null: not about one record); {@code before} and
     * {@code after} are records (or plain words, or null).
     */
    public void record(Tx tx, String entity, UUID entityUid, String action, Object before, Object after) {
        AuditChange change = new AuditChange(entity, action, asText(before), asText(after));
        var insert = tx.handle().createUpdate("""
                        INSERT INTO audit_event (changed_at, changed_by, account, entity_type, entity_uid, action,
                                                 subject, summary, details)
                        VALUES (:at, :who, :account, :entity, :uid, :action, :subject, :summary, :details)""")
                .bind("at", OffsetDateTime.ofInstant(now(), ZoneOffset.UTC))
                .bind("who", user.name())
                .bind("account", user.account())
                .bind("entity", entity)
                .bind("action", action)
                .bind("subject", cut(words.subject(change), SUBJECT_LENGTH))
                .bind("summary", cut(words.describe(change), SUMMARY_LENGTH))
                .bind("details", detailsText(words.lean(change)));
        // A null of no particular type: PostgreSQL refuses text where its column holds a UUID.
        (entityUid == null ? insert.bindNull("uid", java.sql.Types.OTHER) : insert.bind("uid", entityUid)).execute();
    }

    /** The most recent entries, newest first. */
    public List<AuditEntry> recent(Tx tx, int limit) {
        return tx.handle().createQuery(LIGHT + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map(AuditLog::entry)
                .list();
    }

    /** Every entry about one record, oldest first. */
    public List<AuditEntry> forEntity(Tx tx, String entity, UUID entityUid) {
        return tx.handle().createQuery(LIGHT + " WHERE entity_type = :entity AND entity_uid = :uid ORDER BY id")
                .bind("entity", entity)
                .bindByType("uid", entityUid, UUID.class)
                .map(AuditLog::entry)
                .list();
    }

    /**
     * The refusal of a save begun from {@code revision} of a record now at {@code current}: who saved it since and
     * when, and what they changed, in the words of its history (each revision after {@code revision} is one
     * change in it), so the person can see what to carry over before taking theirs.
     *
     * @param what the record in words: "this prospectus"
     */
    public StaleSaveException staleSave(Tx tx, String entity, String what, Stamp current, int revision) {
        List<AuditEntry> history = forEntity(tx, entity, current.uid());
        int theirs = Math.max(0, Math.min(history.size(), current.revision() - revision));
        String changes = String.join(" ", history.subList(history.size() - theirs, history.size()).stream()
                .map(AuditEntry::summary).filter(java.util.Objects::nonNull).toList());
        return new StaleSaveException(what, current, changes.isBlank() ? null : cut(changes, 300));
    }

    /** Everything one change did, in plain words, none counted away; empty when there is no such change. */
    public Optional<String> details(Tx tx, long id) {
        return tx.handle().createQuery("SELECT entity_type, action, details FROM audit_event WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> words.details(change(rs.getString("entity_type"), rs.getString("action"),
                        rs.getString("details"))))
                .findOne();
    }

    /**
     * Tells in words the changes moved from the old audit trail when the database was upgraded to schema 5, and
     * keeps only their changed fields; done once (a setting records it), and again after a crash part way.
     *
     * @return how many changes were told
     */
    public int tellMovedChanges(Tx tx) {
        Settings settings = new Settings();
        if (settings.get(tx, TOLD_SETTING).isPresent()) {
            return 0;
        }
        record Moved(long id, AuditChange change) {
        }
        List<Moved> moved = tx.handle().createQuery("SELECT id, entity_type, action, details FROM audit_event"
                        + " WHERE summary IS NULL ORDER BY id")
                .map((rs, ctx) -> new Moved(rs.getLong("id"), change(rs.getString("entity_type"),
                        rs.getString("action"), rs.getString("details"))))
                .list();
        var update = tx.handle().prepareBatch("UPDATE audit_event SET subject = :subject, summary = :summary,"
                + " details = :details WHERE id = :id");
        for (Moved m : moved) {
            update.bind("subject", cut(words.subject(m.change()), SUBJECT_LENGTH))
                    .bind("summary", cut(words.describe(m.change()), SUMMARY_LENGTH))
                    .bind("details", detailsText(words.lean(m.change())))
                    .bind("id", m.id())
                    .add();
        }
        if (!moved.isEmpty()) {
            update.execute();
        }
        settings.put(tx, TOLD_SETTING, "yes");
        return moved.size();
    }

    private static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
        return new AuditEntry(rs.getLong("id"), at.toInstant(), rs.getString("changed_by"), rs.getString("account"),
                rs.getString("entity_type"), rs.getObject("entity_uid", UUID.class), rs.getString("action"),
                rs.getString("subject"), rs.getString("summary"));
    }

    /** The details column: {"before": text, "after": text}, each the record's text (or plain words) or null. */
    private static String detailsText(AuditChange change) {
        ObjectNode details = JSON.createObjectNode();
        details.put("before", change.before());
        details.put("after", change.after());
        return details.toString();
    }

    private static AuditChange change(String entity, String action, String details) {
        if (details == null) {
            return new AuditChange(entity, action, null, null);
        }
        try {
            JsonNode node = JSON.readTree(details);
            return new AuditChange(entity, action, textOf(node.get("before")), textOf(node.get("after")));
        } catch (JsonProcessingException e) {
            return new AuditChange(entity, action, null, null);
        }
    }

    private static String textOf(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String cut(String text, int most) {
        return text == null || text.length() <= most ? text : text.substring(0, most - 1) + "…";
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
