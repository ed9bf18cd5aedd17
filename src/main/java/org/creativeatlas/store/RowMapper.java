package org.creativeatlas.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Turns the current row of a result set into a model record. The helpers read columns by index the fast way, as
 * opening a large catalogue reads every row: sqlite-jdbc hands a text over as UTF-8 bytes (the encoding of our
 * files) several times faster than as a String, and a NULL comes back as null in the same call.
 */
@FunctionalInterface
interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;

    static String text(ResultSet rs, int column) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * The instance already read for an equal value, so values that repeat from row to row (codes, cities, years)
     * are kept once: opening a large catalogue then keeps far fewer objects alive, which is much of its cost.
     */
    static <T> T shared(Map<T, T> seen, T value) {
        return value == null ? null : seen.computeIfAbsent(value, v -> v);
    }

    static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
