package org.creativeatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a model record. */
@FunctionalInterface
interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
