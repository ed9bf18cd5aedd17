package org.creativeatlas.logic.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class SheetImportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void previewShowsProblemsBeforeAnythingIsWrittenThenGoodRowsImport(Engine engine) {
        SheetTable table = CsvSheet.read(("Название;Страна;Вид;Основан\n"
                + "Ololo Group;Кыргызстан;Креативный хаб;2011\n"
                + "Turan University;Казахстан;Университет;двадцать\n"
                + "Astana Hub;Атлантида;;2018\n").getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = HeaderGuess.actors(ActorType.ORGANISATION, table.headers());
        ImportPreview preview = SheetImport.preview(table, mapping);
        assertEquals(3, preview.firstRows().size());
        assertEquals(2, preview.summary().badRows());
        assertEquals(3, preview.firstRows().get(1).rowNumber());
        try (Catalogue c = engine.open(dir, "a")) {
            assertEquals(0, c.actors().count(), "the preview writes nothing");
            SheetImportResult refused = SheetImport.run(c, table, mapping, BadRows.REFUSE_ALL);
            assertTrue(refused.refused());
            assertEquals(0, c.actors().count());
            SheetImportResult result = SheetImport.run(c, table, mapping, BadRows.SKIP);
            assertEquals(1, result.imported());
            assertEquals(2, result.skipped());
            Actor ololo = c.actors().all().get(0);
            assertEquals("KG", ololo.country());
            assertEquals("creative_hub", ololo.kind());
            assertEquals(2011, ololo.startYear());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void tenThousandBadRowsGiveASummaryAndLeaveTheCatalogueUnchanged(Engine engine) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of("Hub " + i, "Nowhere " + i, "2011"));
        }
        SheetTable table = SheetTable.of(List.of("Name", "Country", "Founded"), rows);
        try (Catalogue c = engine.open(dir, "bad")) {
            SheetImportResult result = SheetImport.run(c, table,
                    HeaderGuess.actors(ActorType.ORGANISATION, table.headers()), BadRows.SKIP);
            assertEquals(0, result.imported());
            assertEquals(10_000, result.problems().badRows());
            assertEquals(ProblemSummary.EXAMPLES, result.problems().examples().size());
            assertEquals(Map.of("problem.country.unknown", 10_000), result.problems().countsByKey());
            assertEquals(0, c.actors().count());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStreamedSheetIsStoredInChunksWithProgressAndAMalformedEndStoresNothing(Engine engine) throws IOException {
        StringBuilder csv = new StringBuilder("Атауы;Ел;Құрылған жылы\n");
        int rows = ChunkPipe.FIRST_CHUNK + ChunkPipe.CHUNK * 2 + 123;
        for (int i = 0; i < rows; i++) {
            csv.append("Креативті хаб ").append(i).append(";Қазақстан;").append(1990 + i % 30).append('\n');
        }
        Path good = dir.resolve("hubs.csv");
        java.nio.file.Files.writeString(good, csv);
        Path bad = dir.resolve("broken.csv");
        java.nio.file.Files.writeString(bad, csv + "\"Ұлттық музей;Қазақстан;2014\n");
        try (Catalogue c = engine.open(dir, "stream")) {
            c.actors().insert(Actor.named(ActorType.PERSON, "Данияр Аманалиев"));
            List<Double> progress = new ArrayList<>();
            SheetRows sheet = SheetFiles.open(good);
            SheetImportResult result = SheetImport.run(c, sheet,
                    HeaderGuess.actors(ActorType.ORGANISATION, sheet.headers()), BadRows.SKIP, progress::add);
            assertEquals(rows, result.imported());
            assertEquals(4, progress.size(), "one report per chunk stored");
            assertEquals(1.0, progress.get(3), 0.01);
            assertTrue(progress.get(0) < progress.get(1) && progress.get(1) < progress.get(2));
            List<Actor> all = c.actors().all();
            assertEquals(rows + 1, all.size());
            Actor last = all.get(all.size() - 1);
            assertEquals("Креативті хаб " + (rows - 1), last.name());
            assertEquals("KZ", last.country());
            assertEquals(all.get(all.size() - 2).id() + 1, last.id(), "ids follow on from the catalogue's");

            SheetRows broken = SheetFiles.open(bad);
            assertThrows(SheetException.class, () -> SheetImport.run(c, broken,
                    HeaderGuess.actors(ActorType.ORGANISATION, broken.headers()), BadRows.SKIP));
            assertEquals(rows + 1, c.actors().count(), "the rows before the malformed end were rolled back");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void relationshipRowsLinkMatchedOrNewActors(Engine engine) {
        try (Catalogue c = engine.open(dir, "links")) {
            Actor turan = c.actors().insert(Actor.named(ActorType.ORGANISATION, "«Тұран» университеті"));
            c.variants().insert(new org.creativeatlas.model.NameVariant(0, turan.id(), "Turan University", "en"));
            SheetTable table = CsvSheet.read(("person,organisation,role,from,to\n"
                    + "Данияр Аманалиев,Turan University,Rector,2019,\n"
                    + "Daniyar Amanaliev,Ololo Group,Founder,2011,2020\n"
                    + "Daniyar Amanaliev,Ololo Group,Founder,2011,2020\n"
                    + ",Ololo Group,,,\n").getBytes(StandardCharsets.UTF_8));
            SheetImportResult result = LinkSheetImport.run(c, table, HeaderGuess.links(table.headers()), BadRows.SKIP);
            assertEquals(2, result.imported(), "the repeated row is not linked twice");
            assertEquals(1, result.skipped());
            assertEquals(2, result.actorsCreated(), "one person, one organisation");
            assertEquals(1, result.actorsMatched(), "Turan University is the Kazakh-named university");
            assertEquals(3, c.actors().count());
            Link rector = c.links().all().get(0);
            assertEquals(turan.id(), rector.toId());
            assertEquals("2019", rector.start());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void exportedTableImportsBackToTheSameActors(Engine engine) throws IOException {
        try (Catalogue c = engine.open(dir, "x")) {
            SheetTable source = SheetTable.of(List.of("Name", "Country", "Kind", "Sectors", "Status", "Founded"),
                    List.of(List.of("=Ololo", "KG", "creative_hub", "design; film", "active", "2011")));
            SheetImport.run(c, source, HeaderGuess.actors(ActorType.ORGANISATION, source.headers()), BadRows.SKIP);
            List<Actor> before = c.actors().all();
            for (String lang : List.of("en", "ru", "kk")) {
                SheetTable out = ActorSheet.of(before, ActorType.ORGANISATION.fields(),
                        new Messages(Locale.forLanguageTag(lang)), Map.of());
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                XlsxSheet.write(out, "x", bytes);
                SheetTable back = XlsxSheet.read(bytes.toByteArray());
                ImportPreview preview = SheetImport.preview(back, HeaderGuess.actors(ActorType.ORGANISATION,
                        back.headers()));
                assertTrue(preview.summary().isClean(), lang + ": " + preview.summary());
                assertEquals(before.get(0).withId(0), preview.firstRows().get(0).draft(), lang);
            }
            assertFalse(before.isEmpty());
        }
    }
}
