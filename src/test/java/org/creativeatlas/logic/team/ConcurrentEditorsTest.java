package org.creativeatlas.logic.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.creativeatlas.logic.bench.EditorsLoad;
import org.creativeatlas.model.Actor;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty researchers adding and editing at once for 30 s (ATLAS_TEST_EDITORS_SECONDS changes it): every write the
 * store acknowledged is there at the end, no update was lost, and the change log counts exactly those writes.
 */
class ConcurrentEditorsTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteOfTwentyEditorsIsThere() throws Exception {
        ServerAddress address = Engine.address(dir, "load");
        int seconds = Integer.parseInt(System.getenv().getOrDefault("ATLAS_TEST_EDITORS_SECONDS", "30"));
        EditorsLoad.Result result = EditorsLoad.run(() -> Catalogue.connect(address, null), 20,
                Duration.ofSeconds(seconds), 7);
        System.out.printf("20 editors, %.1f s: %d adds, %d edits, %d conflicts, %.0f writes/s, p50 %.1f ms, "
                + "p99 %.1f ms%n", result.seconds(), result.inserted().size(), result.edits().size(),
                result.conflicts(), result.writesPerSecond(), result.percentileMillis(0.5),
                result.percentileMillis(0.99));
        assertTrue(result.conflicts() > 0, "the editors overtook each other");

        Map<Long, EditorsLoad.Ack> last = new HashMap<>();
        Map<Long, Integer> editsOf = new HashMap<>();
        for (EditorsLoad.Ack ack : result.edits()) {
            editsOf.merge(ack.actorId(), 1, Integer::sum);
            last.merge(ack.actorId(), ack, (a, b) -> a.version() > b.version() ? a : b);
        }
        try (Catalogue check = Catalogue.connect(address, null)) {
            assertEquals(result.inserted().size(), check.actors().count(), "every acknowledged add, nothing else");
            for (Actor actor : check.actors().all()) {
                assertEquals(result.inserted().get(actor.id()), actor.name());
                int edits = editsOf.getOrDefault(actor.id(), 0);
                assertEquals(1 + edits, check.actors().storedVersion(actor.id()),
                        "one version per acknowledged edit of " + actor.name() + ": none was lost or doubled");
                if (edits > 0) {
                    assertEquals(last.get(actor.id()).value(), actor.notes(), "the last acknowledged edit is stored");
                }
            }
        }
        try (Connection admin = Engine.admin(address); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE op = 'I'), count(*) FILTER (WHERE op = 'U') "
                     + "FROM change_log WHERE tbl = 'actor'")) {
            rs.next();
            assertEquals(result.inserted().size(), rs.getInt(1), "the change log counts every add");
            assertEquals(result.edits().size(), rs.getInt(2), "the change log counts every acknowledged edit");
        }
    }
}
