package org.commissioningdesk.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;

/**
 * Reading values that a person could have changed outside the application. An enum column holding a
 * value this version does not know is an {@link UnreadableValueException}, never Java's "No enum
 * constant"; a list skips such a row, reports it to {@link UnreadableRows} and shows all the others.
 */
public final class Rows {

    private Rows() {
    }

    /** The enum constant named in {@code column}, or null for SQL NULL. */
    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        return enumValue(column, rs.getString(column), type);
    }

    /** The enum constant named by {@code value} read from {@code column}, or null for null. */
    public static <E extends Enum<E>> E enumValue(String column, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new UnreadableValueException(column, value);
        }
    }

    /**
     * Maps every row of {@code query} with {@code mapper}, leaving out (and reporting) each row with a value
     * that cannot be read; {@code what} names the rows in the report ("Organisation", "Prospectus").
     */
    public static <T> List<T> readable(Tx tx, String what, Query query, RowMapper<T> mapper) {
        ResultIterable<Optional<T>> rows = query.map((rs, ctx) -> {
            try {
                return Optional.of(mapper.map(rs, ctx));
            } catch (UnreadableValueException e) {
                tx.unreadable().report(new UnreadableRows.Row(what, idOf(rs), e.column(), e.value()));
                return Optional.empty();
            }
        });
        return rows.stream().flatMap(Optional::stream).toList();
    }

    private static String idOf(ResultSet rs) {
        try {
            return rs.getString("id");
        } catch (SQLException e) {
            return "(no id)";
        }
    }
}
