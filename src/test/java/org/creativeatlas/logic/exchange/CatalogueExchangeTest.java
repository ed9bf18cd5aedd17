package org.creativeatlas.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class CatalogueExchangeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void exportImportExportGivesTheSameDocument(Engine engine) throws IOException {
        String first;
        try (Catalogue c = engine.open(dir, "a"); InputStream in = seed()) {
            new CatalogueImporter().importDocument(c, CatalogueJson.read(in));
            c.settings().put("report.title", "Картирование креативных индустрий");
            first = json(CatalogueExporter.export(c));
        }
        try (Catalogue c = engine.open(dir, "b")) {
            ImportSummary summary = new CatalogueImporter().importDocument(c, read(first));
            assertTrue(summary.actors() > 100);
            assertEquals(first, json(CatalogueExporter.export(c)));
        }
        assertTrue(first.contains("«Тұран» университеті"), "Kazakh text is written as it is, not escaped");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void importingTheSameSourcesAgainReusesThem(Engine engine) throws IOException {
        try (Catalogue c = engine.open(dir, "twice")) {
            CatalogueDocument doc;
            try (InputStream in = seed()) {
                doc = CatalogueJson.read(in);
            }
            new CatalogueImporter().importDocument(c, doc);
            ImportSummary again = new CatalogueImporter().importDocument(c, doc);
            assertEquals(doc.sources().size(), again.sourcesKnown());
            assertEquals(doc.sources().size(), c.sources().count());
        }
    }

    @Test
    void malformedJsonSaysWhereAndImportsNothing() {
        String broken = "{\"format\": \"creative-atlas-catalogue\", \"version\": 1, \"actors\": [ {\"id\": \"a1\", ";
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> read(broken));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aForeignOrNewerDocumentIsRefused() {
        assertThrows(CatalogueFormatException.class, () -> read("{\"format\": \"other\", \"version\": 1}"));
        assertThrows(CatalogueFormatException.class, () -> read("[1, 2, 3]"));
        assertThrows(CatalogueFormatException.class, () -> read("{\"format\": \"creative-atlas-catalogue\", \"version\": 1, \"people\": []}"));
        CatalogueFormatException newer = assertThrows(CatalogueFormatException.class,
                () -> read("{\"format\": \"creative-atlas-catalogue\", \"version\": 7}"));
        assertTrue(newer.getMessage().contains("newer version"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void oneBadEntryRefusesTheWholeDocument(Engine engine) throws IOException {
        String doc = """
                {"format": "creative-atlas-catalogue", "version": 1,
                 "actors": [
                   {"id": "a1", "type": "organisation", "name": "Ololo Group", "country": "KG"},
                   {"id": "a2", "type": "person", "name": "Данияр Аманалиев", "country": "KG"},
                   {"id": "a3", "type": "event", "name": "CreaPark", "startDate": "2025-13-01"}
                 ],
                 "links": [{"type": "affiliation", "from": "a2", "to": "a1", "role": "Director"}]}
                """;
        try (Catalogue c = engine.open(dir, "bad")) {
            CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                    () -> new CatalogueImporter().importDocument(c, read(doc)));
            assertTrue(e.getMessage().contains("a3") && e.getMessage().contains("2025-13-01"), e.getMessage());
            assertEquals(0, c.actors().count());
            assertEquals(0, c.links().count());

            String danglingLink = doc.replace("2025-13-01", "2025-11").replace("\"to\": \"a1\"", "\"to\": \"a9\"");
            assertThrows(CatalogueFormatException.class, () -> new CatalogueImporter().importDocument(c, read(danglingLink)));
            assertEquals(0, c.actors().count());

            ImportSummary ok = new CatalogueImporter().importDocument(c, read(doc.replace("2025-13-01", "2025-11")));
            assertEquals(3, ok.actors());
            assertEquals(1, c.links().count());
        }
    }

    private static InputStream seed() {
        return CatalogueExchangeTest.class.getResourceAsStream("/seeds/catalogue.json");
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
