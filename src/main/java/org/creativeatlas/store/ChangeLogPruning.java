package org.creativeatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps a team catalogue's change log from growing without end: it is only read by clients catching up after being
 * away, so rows older than {@value #KEEP_DAYS} days go, deleted by each editor's client as it connects (an index on
 * the time keeps that cheap). The newest transaction whose rows went is noted in {@code change_log_pruned}: a client
 * away since before it reads the whole catalogue again (see {@link ChangeFeed.Changes#reload()}).
 */
final class ChangeLogPruning {

    static final int KEEP_DAYS = 30;

    private ChangeLogPruning() {
    }

    /** Deletes the rows older than {@code keepDays}; how many went. */
    static int prune(Connection conn, int keepDays) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("WITH gone AS (DELETE FROM change_log "
                + "WHERE at < now() - make_interval(days => ?) RETURNING tx), noted AS ("
                + "INSERT INTO change_log_pruned (upto) SELECT max(tx) FROM gone HAVING count(*) > 0) "
                + "SELECT count(*) FROM gone")) {
            ps.setInt(1, keepDays);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
