package org.commissioningdesk.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import org.commissioningdesk.common.LogFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a shared PostgreSQL database: one connection pool (HikariCP) per open database, a check that the database
 * is empty or Commissioning Desk's own before anything is written, then the same migrations as on this computer
 * (Flyway takes a lock on the server, so two people opening at once upgrade it once). Every failure is one plain
 * sentence; the log has the server's own words.
 */
final class SharedDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(SharedDatabases.class);
    /** How long to wait for the server before saying it cannot be reached. */
    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int POOL_SIZE = 6;

    private SharedDatabases() {
    }

    static Database open(ServerAddress server, Credentials credentials) {
        HikariDataSource pool = null;
        char[] password = credentials.password();
        try {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername(credentials.user());
            config.setPassword(new String(password));
            config.setPoolName("shared " + server);
            config.setMaximumPoolSize(POOL_SIZE);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
            config.setInitializationFailTimeout(1);
            config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS / 1000));
            config.addDataSourceProperty("socketTimeout", "300");
            pool = new HikariDataSource(config);
            Migrations.Schema schema = Migrations.inspect(pool);
            refuseIfNotOurs(server, schema);
            List<String> notices = new ArrayList<>();
            if (schema.needsUpgrade()) {
                Migrations.migrate(pool);
                if (schema.hasHistory()) {
                    notices.add("The shared database " + server + " was upgraded to this version's schema.");
                }
            }
            return new Database(server, pool, notices);
        } catch (DatabaseOpenException e) {
            close(pool);
            throw e;
        } catch (RuntimeException | SQLException e) {
            close(pool);
            throw opening(server, credentials.user(), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static void refuseIfNotOurs(ServerAddress server, Migrations.Schema schema) {
        if (!schema.isOurs() && schema.userTables() > 0) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, "The database " + server + " holds tables"
                    + " that are not Commissioning Desk's: it belongs to something else, so nothing was written to it."
                    + " Ask for an empty database of its own.");
        }
        if (schema.holdsCode()) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_A_DATABASE, "The database " + server + " holds program"
                    + " code (triggers or functions) that no Commissioning Desk database has, so it was not used.");
        }
        if (schema.isNewer()) {
            throw new DatabaseOpenException(DatabaseProblem.NEWER_SCHEMA, "The shared database " + server + " was"
                    + " made by a newer Commissioning Desk (schema " + schema.latestApplied() + "); this copy knows up to "
                    + schema.latestKnown() + ". Install the newer version. Nothing was changed.");
        }
        if (schema.hasFailed()) {
            throw new DatabaseOpenException(DatabaseProblem.UPGRADE_FAILED, "An upgrade of the shared database "
                    + server + " failed part way. Ask whoever looks after the server to restore it from its backup;"
                    + " nothing more was changed.");
        }
    }

    /** The plain sentence for a failure to open {@code server}. */
    static DatabaseOpenException opening(ServerAddress server, String user, Throwable failure) {
        String state = sqlState(failure);
        DatabaseOpenException plain;
        if ("28P01".equals(state) || "28000".equals(state)) {
            plain = new DatabaseOpenException(DatabaseProblem.SIGN_IN_FAILED, "The shared database " + server
                    + " did not accept the user name " + (user.isEmpty() ? "(none)" : "'" + user + "'") + " with that"
                    + " password. Check them and try again.", failure);
        } else if ("3D000".equals(state)) {
            plain = new DatabaseOpenException(DatabaseProblem.NOT_FOUND, "There is no database called '"
                    + server.database() + "' on " + server.host() + ". Check its name, or ask for it to be made.",
                    failure);
        } else if ("42501".equals(state)) {
            plain = new DatabaseOpenException(DatabaseProblem.NO_PERMISSION, "'" + user + "' may not make or change"
                    + " tables in " + server + ". Ask whoever looks after the server for that right.", failure);
        } else if (cause(failure, UnknownHostException.class)) {
            plain = new DatabaseOpenException(DatabaseProblem.UNREACHABLE, "No server called '" + server.host()
                    + "' could be found. Check the address, and that this computer is on the network.", failure);
        } else if (cause(failure, ConnectException.class) || cause(failure, NoRouteToHostException.class)
                || cause(failure, SocketTimeoutException.class) || "08001".equals(state) || "08006".equals(state)) {
            plain = new DatabaseOpenException(DatabaseProblem.UNREACHABLE, "The server " + server.host() + " (port "
                    + server.port() + ") did not answer. It may be down, or this computer off the network; try again"
                    + " later, or work on a database on this computer.", failure);
        } else {
            plain = new DatabaseOpenException(DatabaseProblem.STORAGE, "The shared database " + server + " could not"
                    + " be opened. The details are in the log, in " + LogFolder.shown() + ".", failure);
        }
        LOG.warn("Opening the shared database {}: {}", server, plain.problem(), failure);
        return plain;
    }

    /** The plain sentence for a failure while working in an open shared database. */
    static DatabaseException working(ServerAddress server, Throwable failure) {
        if (failure instanceof DatabaseException plain) {
            return plain;
        }
        String state = sqlState(failure);
        String message;
        DatabaseProblem problem;
        if (state != null && state.startsWith("08") || cause(failure, ConnectException.class)
                || cause(failure, SocketTimeoutException.class) || cause(failure, HikariPool.PoolInitializationException.class)
                || failure.getClass().getSimpleName().contains("ConnectionException")) {
            problem = DatabaseProblem.UNREACHABLE;
            message = "The connection to the shared database " + server + " was lost, so this was not saved;"
                    + " everything saved before is safe. Try again when the server is back.";
        } else if ("40001".equals(state) || "40P01".equals(state)) {
            problem = DatabaseProblem.IN_USE;
            message = "Someone else was saving the same records at that moment, so this was not saved. Try again.";
        } else {
            problem = DatabaseProblem.STORAGE;
            message = "The shared database could not do this, and nothing was changed. The details are in the log,"
                    + " in " + LogFolder.shown() + ".";
        }
        LOG.error("Working in the shared database {}: {}", server, problem, failure);
        return new DatabaseException(problem, message, failure);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean cause(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void close(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }

    /** Whether the database behind {@code c} is PostgreSQL's (for the schema checks). */
    static boolean isPostgres(Connection c) throws SQLException {
        return Engine.of(c) == Engine.POSTGRESQL;
    }

    static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
