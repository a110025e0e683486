package org.commissioningdesk.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every record the UUID V5 made room for, its series the UUID of the series' first version, each top-level
 * record the time and name of its last change (from the old trail), and moves the old audit trail's rows into
 * the lean one: the same ids, the time read in this computer's zone and kept in UTC, the record's UUID in place
 * of its local id, and the record before and after kept as they were until the application tells the change in
 * plain words (it does so the first time it opens the database, and keeps only the changed fields then).
 * <p>
 * Written once and never changed, as every released migration: it names tables and columns, not the
 * application's classes.
 */
public class V6__identity_and_lean_audit extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;

    /** Tables with a single id column, and the old trail's name for the records of each top-level one. */
    private static final List<String> BY_ID = List.of("organisation", "prospectus", "prospectus_priority",
            "outcome_measure", "consultation_response", "specification", "pathway_step", "quality_requirement",
            "specification_template");
    private static final Map<String, String> TRAIL_ENTITIES = Map.of("organisation", "organisation",
            "prospectus", "prospectus", "specification", "specification",
            "specification template", "specification_template");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        for (String table : BY_ID) {
            giveIds(c, table, "SELECT id FROM " + table + " WHERE uid IS NULL",
                    "UPDATE " + table + " SET uid = ? WHERE id = ?", 1);
        }
        giveIds(c, "specification_section", "SELECT specification_id, section FROM specification_section"
                + " WHERE uid IS NULL", "UPDATE specification_section SET uid = ? WHERE specification_id = ?"
                + " AND section = ?", 2);
        giveIds(c, "priority_specification", "SELECT priority_id, specification_id FROM priority_specification"
                + " WHERE uid IS NULL", "UPDATE priority_specification SET uid = ? WHERE priority_id = ?"
                + " AND specification_id = ?", 2);
        try (Statement s = c.createStatement()) {
            for (String table : List.of("prospectus", "specification")) {
                s.executeUpdate("UPDATE " + table + " SET series_uid = (SELECT f.uid FROM " + table
                        + " f WHERE f.id = " + table + ".series_id)");
                s.executeUpdate("UPDATE " + table + " SET series_uid = uid WHERE series_uid IS NULL");
            }
        }
        Map<String, Map<Long, UUID>> uids = new HashMap<>();
        for (Map.Entry<String, String> e : TRAIL_ENTITIES.entrySet()) {
            uids.put(e.getKey(), uidsOf(c, e.getValue()));
        }
        moveTrail(c, uids);
        lastChanges(c);
    }

    private static void giveIds(Connection c, String table, String select, String update, int keys)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            while (rs.next()) {
                Object[] key = new Object[keys];
                for (int i = 0; i < keys; i++) {
                    key[i] = rs.getObject(i + 1);
                }
                rows.add(key);
            }
        }
        try (PreparedStatement u = c.prepareStatement(update)) {
            int n = 0;
            for (Object[] key : rows) {
                u.setObject(1, UUID.randomUUID());
                for (int i = 0; i < keys; i++) {
                    u.setObject(i + 2, key[i]);
                }
                u.addBatch();
                if (++n % BATCH == 0) {
                    u.executeBatch();
                }
            }
            u.executeBatch();
        }
    }

    private static Map<Long, UUID> uidsOf(Connection c, String table) throws SQLException {
        Map<Long, UUID> found = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, uid FROM " + table)) {
            while (rs.next()) {
                found.put(rs.getLong(1), rs.getObject(2, UUID.class));
            }
        }
        return found;
    }

    /** Moves each old row, oldest first, keeping its id; a record deleted since keeps one made-up UUID. */
    private static void moveTrail(Connection c, Map<String, Map<Long, UUID>> uids) throws Exception {
        ZoneId here = ZoneId.systemDefault();
        long last = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, changed_at, changed_by, entity, entity_id, action, before_text,"
                     + " after_text FROM audit_log ORDER BY id");
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (id, changed_at, changed_by,"
                     + " entity_type, entity_uid, action, details) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            while (rs.next()) {
                long id = rs.getLong("id");
                last = Math.max(last, id);
                LocalDateTime at = rs.getObject("changed_at", LocalDateTime.class);
                String entity = rs.getString("entity");
                long entityId = rs.getLong("entity_id");
                UUID uid = rs.wasNull() || !uids.containsKey(entity) ? null
                        : uids.get(entity).computeIfAbsent(entityId, gone -> UUID.randomUUID());
                ObjectNode details = JSON.createObjectNode();
                details.put("before", rs.getString("before_text"));
                details.put("after", rs.getString("after_text"));
                insert.setLong(1, id);
                insert.setObject(2, at.atZone(here).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
                insert.setString(3, rs.getString("changed_by"));
                insert.setString(4, entity);
                if (uid == null) {
                    insert.setNull(5, Types.OTHER);
                } else {
                    insert.setObject(5, uid);
                }
                insert.setString(6, rs.getString("action"));
                insert.setString(7, JSON.writeValueAsString(details));
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_event ALTER COLUMN id RESTART WITH " + (last + 1));
        }
    }

    /** When each top-level record was last changed and by whom, from the trail; the migration's time if never. */
    private static void lastChanges(Connection c) throws SQLException {
        Timestamp now = Timestamp.from(java.time.Instant.now());
        for (Map.Entry<String, String> e : TRAIL_ENTITIES.entrySet()) {
            String table = e.getValue();
            try (PreparedStatement u = c.prepareStatement("UPDATE " + table + " SET updated_at = COALESCE((SELECT"
                    + " MAX(a.changed_at) FROM audit_event a WHERE a.entity_type = ? AND a.entity_uid = " + table
                    + ".uid), ?), updated_by = (SELECT a.changed_by FROM audit_event a WHERE a.entity_type = ? AND"
                    + " a.entity_uid = " + table + ".uid ORDER BY a.id DESC FETCH FIRST 1 ROWS ONLY)")) {
                u.setString(1, e.getKey());
                u.setObject(2, OffsetDateTime.ofInstant(now.toInstant(), ZoneOffset.UTC));
                u.setString(3, e.getKey());
                u.executeUpdate();
            }
        }
    }
}
