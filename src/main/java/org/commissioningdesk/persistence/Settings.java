package org.commissioningdesk.persistence;

import java.util.Optional;

/** Small key/value settings stored in the database itself (so they travel with the file). */
public final class Settings {

    public Optional<String> get(Tx tx, String key) {
        return tx.handle().createQuery("SELECT setting_value FROM app_setting WHERE setting_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne();
    }

    public void put(Tx tx, String key, String value) {
        int updated = tx.handle().createUpdate("UPDATE app_setting SET setting_value = :value WHERE setting_key = :key")
                .bind("key", key).bind("value", value).execute();
        if (updated == 0) {
            tx.handle().createUpdate("INSERT INTO app_setting (setting_key, setting_value) VALUES (:key, :value)")
                    .bind("key", key).bind("value", value).execute();
        }
    }
}
