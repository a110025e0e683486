package org.commissioningdesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * An open embedded H2 database: migrated by Flyway when it is opened, used through Jdbi.
 * Opening fails with {@link DatabaseInUseException} when another process holds the file.
 */
public final class Database implements Transactions, AutoCloseable {

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_IO_EXCEPTION = 90028;
    private static final int H2_WRONG_FILE_PASSWORD = 90049;
    private static final int H2_UNSUPPORTED_FORMAT = 90048;

    private final DatabaseLocation location;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final boolean createdNow;

    private Database(DatabaseLocation location, JdbcConnectionPool pool, boolean createdNow) {
        this.location = location;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.createdNow = createdNow;
    }

    /** Opens (creating if needed) and migrates the database at {@code location}. */
    public static Database open(DatabaseLocation location) {
        boolean exists = Files.exists(location.file());
        try {
            Files.createDirectories(location.file().getParent());
        } catch (IOException e) {
            throw new DatabaseOpenException("Cannot create the folder for " + location.file() + ": " + e.getMessage(), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), "desk", "");
        try {
            // Opening the first connection takes the file lock; fail here, before Flyway, with a clear message.
            pool.getConnection().close();
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(location, e);
        } catch (FlywayException e) {
            pool.dispose();
            SQLException sql = findSqlException(e);
            if (sql != null) {
                throw translate(location, sql);
            }
            throw new DatabaseOpenException("The database " + location.file()
                    + " could not be brought up to date: " + e.getMessage(), e);
        }
        return new Database(location, pool, !exists);
    }

    private static SQLException findSqlException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static DatabaseOpenException translate(DatabaseLocation location, SQLException e) {
        return switch (e.getErrorCode()) {
            case H2_DATABASE_ALREADY_OPEN -> new DatabaseInUseException(location, e);
            case H2_FILE_CORRUPTED, H2_UNSUPPORTED_FORMAT, H2_IO_EXCEPTION -> new DatabaseOpenException("The file " + location.file()
                    + " is not a Commissioning Desk database this version can read (it may be damaged,"
                    + " encrypted, from another program, or not readable by you). Nothing in it was changed.", e);
            case H2_WRONG_FILE_PASSWORD -> new DatabaseOpenException("The file " + location.file()
                    + " is encrypted with a password this copy does not have.", e);
            default -> new DatabaseOpenException("Cannot open the database " + location.file() + ": "
                    + e.getMessage(), e);
        };
    }

    public DatabaseLocation location() {
        return location;
    }

    /** True when this open created the file (a brand-new database). */
    public boolean createdNow() {
        return createdNow;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> work.run(new Tx(handle)));
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
