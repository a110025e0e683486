package org.commissioningdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.commissioningdesk.persistence.Credentials;
import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.ServerAddress;

/**
 * The database engines the repository and service suites run on: H2 in a file, as on a director's laptop, and
 * PostgreSQL, as a team shares it. PostgreSQL is a real server (PostgreSQL 14, from Maven Central's binaries),
 * started once per test JVM on a free port; each test gets a database of its own, copied from one that was
 * migrated once, so every test starts from the same empty, current schema.
 */
public enum Engines {
    H2,
    POSTGRESQL;

    private static final String TEMPLATE = "desk_template";
    /** A team member's login, whose password the server checks. */
    public static final String TEAM_USER = "desk_team";
    public static final String TEAM_PASSWORD = "Correct horse 2007";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** The running server, started (and the template migrated) the first time. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                java.nio.file.Path data = java.nio.file.Files.createTempDirectory("desk-postgres-");
                server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
                // As a team's server is set up: passwords are checked over the network, except for the test's own
                // superuser, which makes and drops the test databases.
                java.nio.file.Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                        "local all all trust",
                        "host all postgres 127.0.0.1/32 trust",
                        "host all postgres ::1/128 trust",
                        "host all all 127.0.0.1/32 scram-sha-256",
                        "host all all ::1/128 scram-sha-256", ""));
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("SELECT pg_reload_conf()");
                    s.execute("CREATE ROLE " + TEAM_USER + " LOGIN PASSWORD '" + TEAM_PASSWORD + "'");
                }
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // The JVM is ending.
                }
            }));
            execute("CREATE DATABASE " + TEMPLATE);
            Database.openShared(address(TEMPLATE), credentials()).close();
        }
        return server;
    }

    /** A fresh database of the current schema, empty of records, on the server. */
    public static ServerAddress freshDatabase() {
        server();
        String name = "desk_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return address(name);
    }

    /** An empty database with no tables at all. */
    public static ServerAddress emptyDatabase() {
        server();
        String name = "empty_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return address(name);
    }

    public static ServerAddress address(String name) {
        return new ServerAddress("localhost", server().getPort(), name);
    }

    /** The server's own superuser, as the embedded server makes it. */
    public static Credentials credentials() {
        return new Credentials("postgres", "postgres".toCharArray());
    }

    /** Runs {@code sql} on the server's maintenance database. */
    public static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs {@code sql} in database {@code name}. */
    public static void execute(String name, String sql) {
        try (Connection c = server().getDatabase("postgres", name).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
