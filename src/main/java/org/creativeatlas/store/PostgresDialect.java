package org.creativeatlas.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/** The team catalogue on a PostgreSQL server, shared by several clients at once. */
final class PostgresDialect implements Dialect {

    /** Advisory lock key under which ids are handed out ("CATA" + 1). */
    private static final long ID_LOCK = 0x4341544101L;

    @Override
    public String fold(String expression) {
        return "atlas_fold(" + expression + ")";
    }

    /**
     * Takes the ids from the table's sequence under a transaction-level advisory lock, in the same statement, so a
     * reservation is one unbroken range; inside an import's transaction the lock holds until it commits, so all of
     * its chunks are one range too (a colleague's new row waits that long).
     */
    @Override
    public long reserveIds(Connection conn, String table, int count) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                + "nextval(pg_get_serial_sequence(?, 'id')) + ? - 1) FROM (SELECT pg_advisory_xact_lock(?)) AS locked")) {
            ps.setString(1, table);
            ps.setString(2, table);
            ps.setInt(3, count);
            ps.setLong(4, ID_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }

    @Override
    public void afterExplicitIds(Connection conn, String table) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                + "greatest((SELECT coalesce(max(id), 0) FROM " + table + "), "
                + "(SELECT last_value FROM pg_sequences WHERE schemaname = current_schema() AND sequencename = ?), 1), true) "
                + "FROM (SELECT pg_advisory_xact_lock(?)) AS locked")) {
            ps.setString(1, table);
            ps.setString(2, table + "_id_seq");
            ps.setLong(3, ID_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    /** {@code COPY ... FROM STDIN}: the server's own bulk path, one round trip per chunk. */
    @Override
    public void bulkInsert(Connection conn, String table, List<String> columns, List<String[]> constants,
                           List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder names = new StringBuilder(String.join(", ", columns));
        StringBuilder tail = new StringBuilder();
        for (String[] constant : constants) {
            names.append(", ").append(constant[0]);
            tail.append('\t');
            escape(tail, constant[1]);
        }
        tail.append('\n');
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object value = row[i];
                if (value == null) {
                    text.append("\\N");
                } else {
                    escape(text, value.toString());
                }
            }
            text.append(tail);
        }
        try {
            conn.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + names + ") FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("cannot send rows to the server: " + e.getMessage(), "08006", e);
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped with a backslash. */
    private static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    @Override
    public boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
