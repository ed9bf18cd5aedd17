package org.creativeatlas.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Colleagues' changes from the server: on its own connection, {@code LISTEN atlas_changes} hands over each committed
 * transaction's actor ids as soon as it commits (the driver waits on the socket, it does not poll); notifications
 * from this client's own connections are skipped. A notification is lost while the connection is down, so after
 * every (re)connection the feed reads the change log from its mark: the oldest transaction that was still running
 * when it last read, so a transaction that committed late is never skipped.
 */
final class ServerChangeFeed implements ChangeFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ServerChangeFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WAIT_MS = 500;
    private static final long MARK_EVERY_MS = 30_000;
    private static final long RETRY_MAX_MS = 4_000;

    private final ServerSession session;
    private volatile String mark;
    private volatile boolean running;
    private volatile Connection conn;
    private Thread thread;

    ServerChangeFeed(ServerSession session, String mark) {
        this.session = session;
        this.mark = mark;
    }

    /** The oldest transaction still running now: every one before it has finished. */
    static String mark(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public synchronized void start(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("the feed is already started");
        }
        running = true;
        thread = new Thread(() -> run(listener), "change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Listener listener) {
        boolean lost = false;
        long retry = 250;
        long marked = System.currentTimeMillis();
        while (running) {
            try {
                if (conn == null) {
                    conn = session.connect();
                    try (Statement st = conn.createStatement()) {
                        st.execute("LISTEN atlas_changes");
                    }
                    ChangeFeed.Changes missed = catchUp();
                    if (!missed.isEmpty()) {
                        listener.changed(missed);
                    }
                    listener.state(lost ? State.CAUGHT_UP : State.CONNECTED, missed.actors().size());
                    lost = false;
                    retry = 250;
                    marked = System.currentTimeMillis();
                }
                PGNotification[] notes = conn.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                deliver(notes, listener);
                if (System.currentTimeMillis() - marked > MARK_EVERY_MS) {
                    // read the mark first, then what arrived before it
                    String next = mark(conn);
                    deliver(conn.unwrap(PGConnection.class).getNotifications(1), listener);
                    mark = next;
                    marked = System.currentTimeMillis();
                }
            } catch (SQLException e) {
                if (!running) {
                    break;
                }
                closeConnection();
                if (!lost) {
                    LOG.warn("Lost the change feed of {}: {}", session.address().displayName(), e.getMessage());
                    lost = true;
                    listener.state(State.LOST, 0);
                }
                sleep(retry);
                retry = Math.min(RETRY_MAX_MS, retry * 2);
            } catch (RuntimeException e) {
                LOG.error("The change feed of {} failed", session.address().displayName(), e);
                sleep(RETRY_MAX_MS);
            }
        }
        closeConnection();
    }

    private void deliver(PGNotification[] notes, Listener listener) throws SQLException {
        if (notes == null || notes.length == 0) {
            return;
        }
        ChangeCollector collected = new ChangeCollector();
        boolean readLog = false;
        for (PGNotification note : notes) {
            JsonNode payload = parse(note.getParameter());
            if (payload != null && !session.clientId().equals(payload.path("o").asText(null))) {
                readLog |= !collected.addNotification(payload);
            }
        }
        if (readLog) {
            collected.addAll(catchUp());
        }
        ChangeFeed.Changes changes = collected.changes();
        if (!changes.isEmpty()) {
            listener.changed(changes);
        }
    }

    /** What colleagues changed in every transaction from the mark on; moves the mark forward. */
    private ChangeFeed.Changes catchUp() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text, "
                + "tbl, actor_id, item, (SELECT ?::xid8 <= max(upto) FROM change_log_pruned) "
                + "FROM (SELECT DISTINCT tbl, actor_id, item FROM change_log "
                + "WHERE tx >= ?::xid8 AND origin IS DISTINCT FROM ?) AS changed RIGHT JOIN (SELECT 1) AS one ON true")) {
            ps.setString(1, mark);
            ps.setString(2, mark);
            ps.setString(3, session.clientId());
            try (ResultSet rs = ps.executeQuery()) {
                ChangeCollector collected = new ChangeCollector();
                String next = mark;
                while (rs.next()) {
                    next = rs.getString(1);
                    if (rs.getBoolean(5)) {
                        collected.reloadAll();
                    }
                    String table = rs.getString(2);
                    long actor = rs.getLong(3);
                    if (!rs.wasNull()) {
                        collected.addActor(actor);
                    } else if (table != null) {
                        collected.addRow(table, rs.getString(4));
                    }
                }
                mark = next;
                return collected.changes();
            }
        }
    }

    private static JsonNode parse(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            LOG.warn("Unreadable change notification: {}", payload);
            return null;
        }
    }

    private void closeConnection() {
        Connection c = conn;
        conn = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it is gone
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t != null) {
            try {
                t.join(2 * WAIT_MS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeConnection();
    }
}
