package org.creativeatlas.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the two engines a catalogue lives on, an SQLite file and a PostgreSQL server: the DAOs write
 * one SQL for both and ask the dialect only for these few things.
 */
interface Dialect {

    /** The SQL expression that folds {@code expression} as {@link org.creativeatlas.model.TextFold} does. */
    String fold(String expression);

    /**
     * The first of {@code count} new ids for {@code table}, one after another and never handed out again, so the
     * rows one import stores are one id range even while colleagues add rows.
     */
    long reserveIds(Connection conn, String table, int count) throws SQLException;

    /** After rows were stored with ids of their own: new rows must still get ids above them. */
    void afterExplicitIds(Connection conn, String table) throws SQLException;

    /**
     * Stores many rows in the open transaction. {@code constants} are columns with one value for every row (written
     * after the row's own columns); values are Strings, Integers, Longs or null.
     */
    void bulkInsert(Connection conn, String table, List<String> columns, List<String[]> constants, List<Object[]> rows)
            throws SQLException;

    /** Whether the failure means the connection is gone (the server stopped, the network dropped). */
    boolean connectionLost(SQLException e);
}
