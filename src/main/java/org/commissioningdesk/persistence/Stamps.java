package org.commissioningdesk.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.commissioningdesk.common.Stamp;
import org.jdbi.v3.core.statement.Update;

/**
 * The stamp columns every top-level record has ({@code uid}, {@code revision}, {@code updated_at},
 * {@code updated_by}): one way to write them when a record is made, to move a record on to its next revision
 * only if it is still at the one a save started from, and to read them.
 */
public final class Stamps {

    /** The columns, for a SELECT: "uid, revision, updated_at, updated_by" (prefix them in a join with {@link #columns}). */
    public static final String COLUMNS = columns("");
    /** The columns a new record's INSERT adds: ", uid, revision, updated_at, updated_by". */
    public static final String INSERT_COLUMNS = ", uid, revision, updated_at, updated_by";
    /** Their values: bind them with {@link #bindNew}. */
    public static final String INSERT_VALUES = ", :uid, 1, :savedAt, :savedBy";

    private Stamps() {
    }

    /** The stamp columns of table alias {@code alias} ("p." gives "p.uid, p.revision, ..."). */
    public static String columns(String alias) {
        return alias + "uid, " + alias + "revision, " + alias + "updated_at, " + alias + "updated_by";
    }

    /**
     * What an UPDATE sets to move a record on to its next revision ({@code ..., } + this); bind it with
     * {@link #bindSaving}, and add {@code AND revision = :revision} to its WHERE to save only over that one.
     */
    public static final String NEXT_REVISION = "revision = revision + 1, updated_at = :savedAt, updated_by = :savedBy";

    /** Binds who is saving, and when, for {@link #NEXT_REVISION} and {@link #INSERT_VALUES}. */
    public static Update bindSaving(Update update, Saving saving) {
        return update.bind("savedAt", OffsetDateTime.ofInstant(saving.at(), ZoneOffset.UTC))
                .bind("savedBy", saving.by());
    }

    /** Binds a new record's stamp: a fresh lasting id, revision 1, saved now by whoever is saving. */
    public static Update bindNew(Update insert, Saving saving) {
        return bindSaving(insert.bind("uid", UUID.randomUUID()), saving);
    }

    /**
     * Moves record {@code id} of {@code table} on to its next revision, saved by {@code saving}, if it is still
     * at {@code expected}: false (and nothing written) when it has moved on since.
     */
    public static boolean advance(Tx tx, String table, long id, int expected, Saving saving) {
        return tx.handle().createUpdate("UPDATE " + table + " SET revision = revision + 1, updated_at = :at,"
                        + " updated_by = :by WHERE id = :id AND revision = :expected")
                .bind("at", OffsetDateTime.ofInstant(saving.at(), ZoneOffset.UTC))
                .bind("by", saving.by())
                .bind("id", id)
                .bind("expected", expected)
                .execute() == 1;
    }

    /** Moves record {@code id} on to its next revision whatever it is at (a workflow step, checked by its own rules). */
    public static void advance(Tx tx, String table, long id, Saving saving) {
        tx.handle().createUpdate("UPDATE " + table + " SET revision = revision + 1, updated_at = :at,"
                        + " updated_by = :by WHERE id = :id")
                .bind("at", OffsetDateTime.ofInstant(saving.at(), ZoneOffset.UTC))
                .bind("by", saving.by())
                .bind("id", id)
                .execute();
    }

    /** The stamp of record {@code id} as it now stands, or empty when there is no such record. */
    public static Optional<Stamp> current(Tx tx, String table, long id) {
        return tx.handle().createQuery("SELECT " + COLUMNS + " FROM " + table + " WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> read(rs, ""))
                .findOne();
    }

    /** Reads the stamp columns of a row (named with {@code prefix}, e.g. "p_" when selected as p_uid). */
    public static Stamp read(ResultSet rs, String prefix) throws SQLException {
        OffsetDateTime at = rs.getObject(prefix + "updated_at", OffsetDateTime.class);
        return new Stamp(rs.getObject(prefix + "uid", UUID.class), rs.getInt(prefix + "revision"),
                at == null ? null : at.toInstant(), rs.getString(prefix + "updated_by"));
    }
}
