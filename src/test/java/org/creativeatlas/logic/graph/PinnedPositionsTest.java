package org.creativeatlas.logic.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinnedPositionsTest {

    @TempDir
    Path dir;

    @Test
    void pinsAreKeptInTheCatalogueFile() {
        Path file = dir.resolve("pins.db");
        Map<Long, Point> pins = Map.of(3L, new Point(1.5, -2.25), 12L, new Point(1e6, 0));
        try (Catalogue catalogue = Catalogue.open(file)) {
            assertTrue(PinnedPositions.load(catalogue.settings()).isEmpty());
            PinnedPositions.save(catalogue.settings(), pins);
        }
        try (Catalogue reopened = Catalogue.open(file)) {
            assertEquals(pins, PinnedPositions.load(reopened.settings()));
        }
    }

    @Test
    void unreadableValuesReadAsNoPins() {
        assertTrue(PinnedPositions.parse("not json").isEmpty());
        assertTrue(PinnedPositions.parse("[1,2]").isEmpty());
        assertTrue(PinnedPositions.parse("{\"x\":[1,2]}").isEmpty());
        assertEquals(Map.of(4L, new Point(1, 2)), PinnedPositions.parse("{\"4\":[1,2],\"5\":[\"a\",2],\"6\":[1]}"));
    }
}
