package org.creativeatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** The SQLite file: one writer at a time, so the next id is the highest plus one. */
final class SqliteDialect implements Dialect {

    /** Rows per multi-row INSERT: well under SQLite's limit on bound values for the widest table (20 columns). */
    static final int ROWS_PER_STATEMENT = 200;

    @Override
    public String fold(String expression) {
        return "fold(" + expression + ")";
    }

    @Override
    public long reserveIds(Connection conn, String table, int count) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void afterExplicitIds(Connection conn, String table) {
        // the next id is always the highest plus one
    }

    /**
     * Multi-row {@code INSERT}s of up to {@value #ROWS_PER_STATEMENT} rows with the constants written into the
     * statement: every statement run and every value bound is a call into the native library, and one call per few
     * hundred rows instead of per row made bulk loads a fifth faster.
     */
    @Override
    public void bulkInsert(Connection conn, String table, List<String> columns, List<String[]> constants,
                           List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder names = new StringBuilder(String.join(", ", columns));
        StringBuilder group = new StringBuilder("(").append(String.join(",", Collections.nCopies(columns.size(), "?")));
        for (String[] constant : constants) {
            names.append(", ").append(constant[0]);
            group.append(", '").append(constant[1].replace("'", "''")).append('\'');
        }
        group.append(')');
        String head = "INSERT INTO " + table + " (" + names + ") VALUES ";
        int per = Math.min(ROWS_PER_STATEMENT, rows.size());
        int done = 0;
        try (PreparedStatement full = conn.prepareStatement(head + String.join(",", Collections.nCopies(per, group)))) {
            for (; done + per <= rows.size(); done += per) {
                bindRows(full, rows, done, per);
                full.executeUpdate();
            }
        }
        int rest = rows.size() - done;
        if (rest > 0) {
            try (PreparedStatement last = conn.prepareStatement(head + String.join(",", Collections.nCopies(rest, group)))) {
                bindRows(last, rows, done, rest);
                last.executeUpdate();
            }
        }
    }

    private static void bindRows(PreparedStatement ps, List<Object[]> rows, int from, int count) throws SQLException {
        int index = 1;
        for (int r = from; r < from + count; r++) {
            for (Object value : rows.get(r)) {
                ps.setObject(index++, value);
            }
        }
    }

    @Override
    public boolean connectionLost(SQLException e) {
        return false;
    }
}
