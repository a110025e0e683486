package org.commissioningdesk.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.commissioningdesk.common.FinancialYear;

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

    /** The enum constant named in the {@code index}th column, or null for SQL NULL. */
    public static <E extends Enum<E>> E enumValue(ResultSet rs, int index, Class<E> type) throws SQLException {
        return enumValue(rs.getMetaData().getColumnLabel(index).toLowerCase(java.util.Locale.ROOT), rs.getString(index),
                type);
    }

    /** The enum constant named by {@code value} read from {@code column}, or null for null. */
    public static <E extends Enum<E>> E enumValue(String column, String value, Class<E> type) {
        return parsed(column, value, v -> Enum.valueOf(type, v));
    }

    /** The financial year written in {@code column} ("2007/08"), or null for SQL NULL. */
    public static FinancialYear financialYear(ResultSet rs, String column) throws SQLException {
        return parsed(column, rs.getString(column), FinancialYear::parse);
    }

    /** The financial year written in the {@code index}th column, or null for SQL NULL. */
    public static FinancialYear financialYear(ResultSet rs, int index) throws SQLException {
        return parsed(rs.getMetaData().getColumnLabel(index).toLowerCase(java.util.Locale.ROOT), rs.getString(index),
                FinancialYear::parse);
    }

    private static <T> T parsed(String column, String value, Function<String, T> parse) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
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

    /** The row's id, or null for a row without one (a count). */
    private static String idOf(ResultSet rs) {
        try {
            return rs.getString("id");
        } catch (SQLException e) {
            return null;
        }
    }
}
