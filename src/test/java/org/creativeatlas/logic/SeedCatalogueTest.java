package org.creativeatlas.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.creativeatlas.logic.exchange.CatalogueDocument;
import org.creativeatlas.logic.exchange.CatalogueJson;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultCatalogueIsSeededCompletelyOnFirstRunOnly() throws Exception {
        CatalogueDocument seed;
        try (InputStream in = getClass().getResourceAsStream(SeedCatalogue.RESOURCE)) {
            seed = CatalogueJson.read(in);
        }
        Path file = dir.resolve("data").resolve("atlas.db");
        try (Catalogue c = SeedCatalogue.openDefault(file)) {
            CatalogueStats stats = CatalogueStats.of(c);
            assertEquals(seed.actors().size(), stats.total());
            assertEquals(seed.links().size(), stats.links());
            assertEquals(seed.sources().size(), stats.sources());
            assertEquals(seed.mentions().size(), c.mentions().all().size());
            assertEquals(seed.actors().stream().mapToInt(a -> a.variants().size()).sum(), c.variants().all().size());
            for (ActorType type : ActorType.values()) {
                assertTrue(stats.byType().get(type) > 0, "the seed names some " + type);
            }
            assertTrue(stats.byCountry().containsKey("KZ") && stats.byCountry().containsKey("KG"));
            assertEveryActorHasAPassageFromItsSource(c);
            c.actors().delete(c.actors().all().get(0).id());
        }
        try (Catalogue c = SeedCatalogue.openDefault(file)) {
            assertEquals(seed.actors().size() - 1, c.actors().count(), "an existing default is not seeded again");
        }
        assertFalse(Files.exists(file.resolveSibling("atlas.db.seeding")));
    }

    @Test
    void aCatalogueOpenedByNameStartsEmpty() {
        try (Catalogue c = Catalogue.open(dir.resolve("mine.db"))) {
            assertEquals(0, c.actors().count());
        }
    }

    private static void assertEveryActorHasAPassageFromItsSource(Catalogue c) {
        Set<Long> mentioned = new HashSet<>();
        for (Mention m : c.mentions().all()) {
            Source source = c.sources().byId(m.sourceId()).orElseThrow();
            assertTrue(source.text().contains(m.passage()), "passage is in its source: " + m.passage());
            mentioned.add(m.actorId());
        }
        for (Actor a : c.actors().all()) {
            assertTrue(mentioned.contains(a.id()), a.name() + " has a source");
        }
    }
}
