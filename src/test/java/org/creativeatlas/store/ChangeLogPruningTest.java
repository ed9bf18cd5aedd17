package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log of a team catalogue is pruned, and a client that was away since before the pruning knows it. */
class ChangeLogPruningTest {

    @TempDir
    Path dir;

    @Test
    void aClientAwayLongerThanTheLogIsKeptIsToldToReadEverythingAgainAndANewOneIsNot() throws Exception {
        ServerAddress address = Engine.address(dir, "pruned");
        BlockingQueue<ChangeFeed.Changes> heard = new LinkedBlockingQueue<>();
        BlockingQueue<String> states = new LinkedBlockingQueue<>();
        try (Catalogue alice = Catalogue.connect(address, null);
             Connection server = Engine.admin(Engine.server()); Statement st = server.createStatement();
             Connection admin = Engine.admin(address); Statement sql = admin.createStatement()) {
            alice.changes().start(listener(heard, states));
            assertEquals("CONNECTED 0", states.poll(10, TimeUnit.SECONDS));
            st.execute("ALTER DATABASE \"" + address.database() + "\" ALLOW_CONNECTIONS false");
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + address.database() + "' AND application_name = 'creative-atlas'");
            assertEquals("LOST 0", states.poll(10, TimeUnit.SECONDS));

            // while Alice is away a colleague changes a setting, and its log row ages past what is kept
            sql.execute("INSERT INTO setting (key, value) VALUES ('report.methodology', 'Interviews')");
            sql.execute("UPDATE change_log SET at = at - interval '40 days'");
            assertEquals(1, ChangeLogPruning.prune(admin, ChangeLogPruning.KEEP_DAYS));
            st.execute("ALTER DATABASE \"" + address.database() + "\" ALLOW_CONNECTIONS true");

            ChangeFeed.Changes changes = heard.poll(15, TimeUnit.SECONDS);
            assertNotNull(changes, "the feed reconnects");
            assertEquals(true, changes.reload(), "and says the log cannot tell it what changed");

            // an editor's client prunes as it connects; one that connects after the pruning reads the log as usual
            sql.execute("INSERT INTO setting (key, value) VALUES ('graph.pinned', '{}')");
            sql.execute("UPDATE change_log SET at = at - interval '40 days'");
            try (Catalogue bob = Catalogue.connect(address, null)) {
                assertEquals(0, count(sql, "SELECT count(*) FROM change_log"));
                assertEquals(2, count(sql, "SELECT count(*) FROM change_log_pruned"));
                BlockingQueue<ChangeFeed.Changes> bobHeard = new LinkedBlockingQueue<>();
                BlockingQueue<String> bobStates = new LinkedBlockingQueue<>();
                bob.changes().start(listener(bobHeard, bobStates));
                assertEquals("CONNECTED 0", bobStates.poll(10, TimeUnit.SECONDS));
                assertNull(bobHeard.poll(1, TimeUnit.SECONDS), "nothing to reload for a client that came after");
            }
        }
    }

    private static ChangeFeed.Listener listener(BlockingQueue<ChangeFeed.Changes> heard,
                                                BlockingQueue<String> states) {
        return new ChangeFeed.Listener() {
            @Override
            public void changed(ChangeFeed.Changes changes) {
                heard.add(changes);
            }

            @Override
            public void state(ChangeFeed.State state, int caughtUp) {
                states.add(state + " " + caughtUp);
            }
        };
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
