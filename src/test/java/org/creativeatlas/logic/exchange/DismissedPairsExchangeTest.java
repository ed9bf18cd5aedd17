package org.creativeatlas.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.DismissedPairDao;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class DismissedPairsExchangeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void dismissedPairsTravelWithTheCatalogueAndRoundTrip(Engine engine) throws IOException {
        String first;
        try (Catalogue c = engine.open(dir, "a")) {
            Actor a = c.actors().insert(Actor.named(ActorType.PERSON, "Akylbek Japarov"));
            Actor b = c.actors().insert(Actor.named(ActorType.PERSON, "Sadyr Japarov"));
            assertFalse(json(CatalogueExporter.export(c)).contains("dismissedPairs"), "left out when empty");
            c.dismissedPairs().insert(new DismissedPairDao.Pair(b.id(), a.id()));
            first = json(CatalogueExporter.export(c));
        }
        assertTrue(first.contains("\"dismissedPairs\""), first);
        try (Catalogue c = engine.open(dir, "b")) {
            new CatalogueImporter().importDocument(c, read(first));
            assertEquals(1, c.dismissedPairs().all().size());
            assertEquals(first, json(CatalogueExporter.export(c)));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPairNamingAnUnknownActorRefusesTheDocument(Engine engine) throws IOException {
        String doc = "{\"format\": \"creative-atlas-catalogue\", \"version\": 1, \"actors\": "
                + "[{\"id\": \"a1\", \"type\": \"person\", \"name\": \"Sadyr Japarov\"}], \"dismissedPairs\": [[\"a1\", \"a9\"]]}";
        try (Catalogue c = engine.open(dir, "c")) {
            assertThrows(CatalogueFormatException.class, () -> new CatalogueImporter().importDocument(c, read(doc)));
            assertEquals(0, c.actors().count());
        }
        assertThrows(CatalogueFormatException.class, () -> read("{\"format\": \"creative-atlas-catalogue\", "
                + "\"version\": 1, \"actors\": {\"a1\": 1}}"));
    }

    private static CatalogueDocument read(String json) throws IOException {
        return CatalogueJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String json(CatalogueDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueJson.write(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
