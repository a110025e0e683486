package org.commissioningdesk.persistence;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The rows of one child table under one parent (the priorities of a prospectus, the steps of a pathway), saved
 * in place: each row being saved is matched to the stored row it was read from by a lasting key (its
 * {@code uid}, or a key such as a priority's that is unique under the parent), and that row is changed where it
 * is, keeping its id and uid; a row that matches nothing is inserted with a fresh uid; stored rows that nothing
 * matched are deleted. Use: {@link #match} every row being saved, then {@link #settle}, then {@link #save} each.
 */
public final class ChildRows<K> {

    private final Handle handle;
    private final String table;
    private final String parentColumn;
    private final long parentId;
    private final boolean positioned;
    private final Map<K, UUID> unmatched;

    private ChildRows(Handle handle, String table, String parentColumn, long parentId, boolean positioned,
                      Map<K, UUID> stored) {
        this.handle = handle;
        this.table = table;
        this.parentColumn = parentColumn;
        this.parentId = parentId;
        this.positioned = positioned;
        this.unmatched = stored;
    }

    /**
     * The rows of {@code table} whose {@code parentColumn} is {@code parentId}, each known by its {@code keyColumn};
     * the table numbers its rows in a {@code position} column.
     */
    public static <K> ChildRows<K> of(Tx tx, String table, String parentColumn, long parentId, String keyColumn,
                                      Class<K> keyType) {
        return read(tx, table, parentColumn, parentId, keyColumn, keyType, true);
    }

    /** The rows of {@code table} under {@code parentId}, each known by its uid, in positions. */
    public static ChildRows<UUID> byUid(Tx tx, String table, String parentColumn, long parentId) {
        return of(tx, table, parentColumn, parentId, "uid", UUID.class);
    }

    /** As {@link #of}, for a table whose rows have no position (each key names its place). */
    public static <K> ChildRows<K> unordered(Tx tx, String table, String parentColumn, long parentId, String keyColumn,
                                             Class<K> keyType) {
        return read(tx, table, parentColumn, parentId, keyColumn, keyType, false);
    }

    private static <K> ChildRows<K> read(Tx tx, String table, String parentColumn, long parentId, String keyColumn,
                                         Class<K> keyType, boolean positioned) {
        Map<K, UUID> stored = new HashMap<>();
        tx.handle().createQuery("SELECT uid, " + keyColumn + " FROM " + table + " WHERE " + parentColumn + " = :parent")
                .bind("parent", parentId)
                .map((rs, ctx) -> Map.entry(rs.getObject(2, keyType), rs.getObject(1, UUID.class)))
                .forEach(e -> stored.put(e.getKey(), e.getValue()));
        return new ChildRows<>(tx.handle(), table, parentColumn, parentId, positioned, stored);
    }

    /**
     * The uid of the stored row a row being saved was read from, or null when it is new (no key, or a key that
     * nothing stored has, or one already matched: a copy of a row is a new row).
     */
    public UUID match(K key) {
        return key == null ? null : unmatched.remove(key);
    }

    /**
     * Deletes the stored rows nothing matched, and moves the positions of the rest out of the way (below zero)
     * so that the rows can be renumbered one by one without meeting a position still held.
     */
    public void settle() {
        if (!unmatched.isEmpty()) {
            handle.createUpdate("DELETE FROM " + table + " WHERE uid IN (<uids>)")
                    .bindList("uids", List.copyOf(unmatched.values())).execute();
            unmatched.clear();
        }
        if (positioned) {
            handle.createUpdate("UPDATE " + table + " SET position = -1 - position WHERE " + parentColumn + " = :parent")
                    .bind("parent", parentId).execute();
        }
    }

    /**
     * Changes stored row {@code uid} to {@code values} where it is, or (uid null) inserts them as a new row with a
     * fresh uid: the row's uid.
     */
    public UUID save(UUID uid, Values values) {
        if (uid != null) {
            String sql = "UPDATE " + table + " SET "
                    + String.join(", ", values.columns().stream().map(c -> c + " = :" + c).toList())
                    + " WHERE uid = :rowUid";
            values.bindTo(handle.createUpdate(sql).bind("rowUid", uid)).execute();
            return uid;
        }
        UUID fresh = UUID.randomUUID();
        List<String> columns = new ArrayList<>(List.of("uid", parentColumn));
        columns.addAll(values.columns());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")";
        values.bindTo(handle.createUpdate(sql).bind("uid", fresh).bind(parentColumn, parentId)).execute();
        return fresh;
    }

    /** The local id of this table's row {@code uid} (for the rows under it). */
    public long idOf(UUID uid) {
        return handle.createQuery("SELECT id FROM " + table + " WHERE uid = :uid").bind("uid", uid)
                .mapTo(Long.class).one();
    }

    /** The column values of one row, each with its type so that a null is bound as a null of that type. */
    public static final class Values {

        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, Type> types = new HashMap<>();

        public static Values of() {
            return new Values();
        }

        public Values text(String column, String value) {
            return put(column, value, String.class);
        }

        public Values number(String column, Integer value) {
            return put(column, value, Integer.class);
        }

        public Values number(String column, Long value) {
            return put(column, value, Long.class);
        }

        public Values decimal(String column, BigDecimal value) {
            return put(column, value, BigDecimal.class);
        }

        public Values flag(String column, boolean value) {
            return put(column, value, Boolean.class);
        }

        public Values date(String column, LocalDate value) {
            return put(column, value, LocalDate.class);
        }

        private Values put(String column, Object value, Type type) {
            values.put(column, value);
            types.put(column, type);
            return this;
        }

        List<String> columns() {
            return List.copyOf(values.keySet());
        }

        <S extends SqlStatement<S>> S bindTo(S statement) {
            values.forEach((column, value) -> statement.bindByType(column, value, types.get(column)));
            return statement;
        }
    }
}
