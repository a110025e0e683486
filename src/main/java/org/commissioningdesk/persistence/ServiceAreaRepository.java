package org.commissioningdesk.persistence;

import java.util.List;
import java.util.Locale;

/**
 * The service areas that priorities and specifications are filed under: the fixed starting list
 * of domain.md, to which people add by typing a new one.
 */
public final class ServiceAreaRepository {

    /** The audit trail's name for a service area. */
    static final String ENTITY = "service area";

    public List<String> names(Tx tx) {
        return tx.handle().createQuery("SELECT name FROM service_area ORDER BY position, name").mapTo(String.class).list();
    }

    /** Adds a service area unless one of that name (any case) exists; true when added. */
    public boolean add(Tx tx, String name) {
        String key = name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        int exists = tx.handle().createQuery("SELECT COUNT(*) FROM service_area WHERE name_key = :key")
                .bind("key", key).mapTo(Integer.class).one();
        if (exists > 0) {
            return false;
        }
        int next = tx.handle().createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM service_area").mapTo(Integer.class).one();
        tx.handle().createUpdate("INSERT INTO service_area (name, name_key, position) VALUES (:name, :key, :position)")
                .bind("name", name.strip()).bind("key", key).bind("position", next).execute();
        return true;
    }

    /** Adds each name not yet known, writing an audit row for each one added. */
    public void addAll(Tx tx, AuditLog audit, Iterable<String> names) {
        for (String name : names) {
            if (name != null && add(tx, name)) {
                audit.record(tx, ENTITY, null, "create", null, java.util.Map.of("name", name.strip()));
            }
        }
    }
}
