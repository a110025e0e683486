package org.commissioningdesk.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStoreException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * An open embedded H2 database, used through Jdbi. It is reached only through {@link #open} (a file that
 * already is a Commissioning Desk database) and {@link #create} (a new one, built whole before it
 * appears); {@link DatabaseOpening} explains what each does to keep the file safe. Any failure of the
 * engine while working is turned into a {@link DatabaseException} with a plain message.
 */
public final class Database implements Transactions, AutoCloseable {

    /** The account every Commissioning Desk database is made with; another program's H2 file has its own. */
    static final String USER = "desk";

    /** The file, for a database on this computer; null for a shared one. */
    private final DatabaseLocation location;
    /** The shared database's address, for one shared on a server; null for a file. */
    private final ServerAddress server;
    private final Engine engine;
    private final javax.sql.DataSource pool;
    private final Runnable dispose;
    private final Jdbi jdbi;
    private final List<String> notices;
    private final UnreadableRows unreadable = new UnreadableRows();
    /** True for a database opened for work (not a temporary one being built): counted in {@link #OPEN}. */
    private final boolean counted;
    private boolean closed;

    /**
     * How many times each database file is open for work in this process. A second open of a file already
     * open here shares H2's open database (as H2 does within one process) instead of going through the
     * safety steps again: those copy and check the file, and must not copy a file this process is writing.
     */
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    Database(DatabaseLocation location, JdbcConnectionPool pool, List<String> notices) {
        this(location, pool, notices, false);
    }

    private Database(DatabaseLocation location, JdbcConnectionPool pool, List<String> notices, boolean counted) {
        this.location = location;
        this.server = null;
        this.engine = Engine.H2;
        this.pool = pool;
        this.dispose = pool::dispose;
        this.jdbi = Jdbi.create(pool);
        this.notices = List.copyOf(notices);
        this.counted = counted;
    }

    /** A shared database on a server, reached through {@code pool}; closing the database closes the pool. */
    Database(ServerAddress server, com.zaxxer.hikari.HikariDataSource pool, List<String> notices) {
        this.location = null;
        this.server = server;
        this.engine = Engine.POSTGRESQL;
        this.pool = pool;
        this.dispose = pool::close;
        this.jdbi = Jdbi.create(pool);
        this.notices = List.copyOf(notices);
        this.counted = false;
    }

    /**
     * Opens the shared PostgreSQL database at {@code server} as {@code credentials}, making its tables the first
     * time (an empty database) and upgrading them if they are older. Refuses, changing nothing, a database that
     * belongs to something else or to a newer Commissioning Desk.
     *
     * @throws DatabaseOpenException with a plain message when it cannot be reached or used
     */
    public static Database openShared(ServerAddress server, Credentials credentials) {
        return SharedDatabases.open(server, credentials);
    }

    /** The kind of database: on this computer (H2) or shared (PostgreSQL). */
    public Engine engine() {
        return engine;
    }

    /** Where the database is, in words: its file, or its server and name. */
    public String where() {
        return location != null ? location.file().toString() : server.toString();
    }

    /** The shared database's address; empty for a file on this computer. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** A database opened for work, counted as open in this process until it is closed. */
    static Database forWork(DatabaseLocation location, JdbcConnectionPool pool, List<String> notices) {
        synchronized (OPEN) {
            OPEN.merge(location.file(), 1, Integer::sum);
        }
        return new Database(location, pool, notices, true);
    }

    /** Another connection to a database this process has open already, or empty when it has not. */
    static java.util.Optional<Database> sharing(DatabaseLocation location) {
        synchronized (OPEN) {
            if (!OPEN.containsKey(location.file())) {
                return java.util.Optional.empty();
            }
            JdbcConnectionPool pool = pool(location, "IFEXISTS=TRUE");
            try {
                pool.getConnection().close();
            } catch (SQLException e) {
                pool.dispose();
                throw StorageErrors.opening(location.file(), e);
            }
            OPEN.merge(location.file(), 1, Integer::sum);
            return java.util.Optional.of(new Database(location, pool, List.of(), true));
        }
    }

    /**
     * Opens an existing Commissioning Desk database, upgrading it to this version's schema if it is older.
     * Never creates a file, and leaves a file it cannot open exactly as it was.
     *
     * @throws DatabaseOpenException with a plain message when the file cannot be opened
     */
    public static Database open(DatabaseLocation location) {
        return DatabaseOpening.open(location);
    }

    /**
     * Creates a new database at {@code location}, migrated and set up by {@code setUp}, built in a
     * temporary file beside it and moved into place only when complete, then opens it.
     *
     * @throws DatabaseOpenException when the file already exists or cannot be made
     */
    public static Database create(DatabaseLocation location, Consumer<Database> setUp) {
        return DatabaseOpening.create(location, setUp);
    }

    /** The file, for a database on this computer; null for a shared one ({@link #server()}). */
    public DatabaseLocation location() {
        return location;
    }

    /**
     * What the person should be told about this opening, in plain sentences: an upgrade and where the copy
     * from before it is kept, or an interrupted upgrade that was put right.
     */
    public List<String> notices() {
        return notices;
    }

    /** Rows that could not be read and were left out of lists, as they are met. */
    public UnreadableRows unreadableRows() {
        return unreadable;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                    handle -> work.run(new Tx(handle, unreadable)));
        } catch (JdbiException | MVStoreException e) {
            throw location != null ? StorageErrors.working(location.file(), e) : SharedDatabases.working(server, e);
        }
    }

    @Override
    public void close() {
        synchronized (OPEN) {
            boolean last = counted && !closed && OPEN.getOrDefault(location.file(), 0) == 1;
            if (counted && !closed) {
                OPEN.computeIfPresent(location.file(), (file, n) -> n == 1 ? null : n - 1);
            }
            closed = true;
            if (last && pool instanceof JdbcConnectionPool h2) {
                // The file's last user here: a file grown far beyond what it holds is compacted as it closes.
                Compaction.closeLast(location, h2);
            } else {
                dispose.run();
            }
        }
    }

    /** The connections, for Flyway. */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    /** Closes the database at once, flushing it whole to the file: used before a file is copied or moved. */
    void shutdown() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw StorageErrors.working(location.file(), e);
        } finally {
            dispose.run();
        }
    }

    /** A connection source for {@code location} with the given extra settings (the path is checked already). */
    static JdbcDataSource source(DatabaseLocation location, String... settings) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(location.jdbcUrl(settings));
        source.setUser(USER);
        source.setPassword("");
        return source;
    }

    /** A pool over {@code location} for work. */
    static JdbcConnectionPool pool(DatabaseLocation location, String... settings) {
        return JdbcConnectionPool.create(source(location, settings));
    }
}
