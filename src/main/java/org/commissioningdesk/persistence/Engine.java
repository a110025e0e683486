package org.commissioningdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The database engines Commissioning Desk runs on: H2, embedded in one file on this computer, and PostgreSQL,
 * one database a team shares. The same migrations make both; the few words their SQL differs in are Flyway
 * placeholders, given here.
 */
public enum Engine {
    H2("on this computer", "CLOB"),
    POSTGRESQL("shared (PostgreSQL)", "TEXT");

    private final String described;
    private final String largeText;

    Engine(String described, String largeText) {
        this.described = described;
        this.largeText = largeText;
    }

    /** How the status bar names a database of this kind: "on this computer", "shared (PostgreSQL)". */
    public String described() {
        return described;
    }

    /** The placeholders the migrations' SQL uses. */
    Map<String, String> placeholders() {
        return Map.of("large_text", largeText);
    }

    /** The engine behind {@code source}. */
    static Engine of(DataSource source) throws SQLException {
        try (Connection c = source.getConnection()) {
            return of(c);
        }
    }

    static Engine of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? POSTGRESQL : H2;
    }
}
