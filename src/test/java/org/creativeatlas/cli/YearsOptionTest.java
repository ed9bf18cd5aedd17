package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Comparator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.geo.Place;
import org.creativeatlas.logic.sheets.CsvSheet;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --years on map and export keeps the actors dated in those years and the undated, as the window's filter does. */
class YearsOptionTest {

    private static final YearRange Y2024 = YearRange.parse("2024");

    @TempDir
    Path dir;

    @Test
    void theMapCountsOnlyTheActorsOfThoseYears() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        CityGazetteer gazetteer = CityGazetteer.standard();
        Place bishkek = gazetteer.find("Bishkek", "KG").orElseThrow();
        List<Actor> inBishkek = actors(db).stream().filter(a -> gazetteer.find(a.city(), a.country())
                .map(p -> p.id() == bishkek.id()).orElse(false)).toList();
        long kept = inBishkek.stream().filter(Y2024::test).count();
        assertTrue(kept < inBishkek.size(), "some of Bishkek's actors are dated outside 2024");

        Path all = dir.resolve("all.svg");
        Path of2024 = dir.resolve("2024.svg");
        assertEquals(0, Cli.run("map", "--db", db.toString(), "--out", all.toString()).exitCode());
        Cli.Result result = Cli.run("map", "--db", db.toString(), "--out", of2024.toString(), "--years", "2024");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(all, StandardCharsets.UTF_8).contains(">Bishkek · " + inBishkek.size() + "</text>"));
        assertTrue(Files.readString(of2024, StandardCharsets.UTF_8).contains(">Bishkek · " + kept + "</text>"));
    }

    @Test
    void aTableExportKeepsTheEventsHeldInThoseYears() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        List<Actor> events = actors(db).stream().filter(a -> a.type() == ActorType.EVENT).toList();
        List<String> held = events.stream().filter(Y2024::test).map(Actor::name).toList();
        assertFalse(held.isEmpty());
        assertTrue(held.size() < events.size(), "some events are held in other years");
        Path out = dir.resolve("events.csv");

        Cli.Result result = Cli.run("export", "--db", db.toString(), "--format", "csv", "--type", "event",
                "--years", "2024", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        SheetTable table = CsvSheet.read(Files.readAllBytes(out));
        int name = table.headers().indexOf("Name");
        assertTrue(name >= 0, table.headers().toString());
        List<String> names = table.rows().stream().map(row -> row.get(name)).sorted().toList();
        assertEquals(held.stream().sorted().toList(), names, "the events of 2024 and the undated, no other");
    }

    @Test
    void theReportHoldsTheEventsOfThoseYearsAndNoneHeldInOthers() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        List<Actor> all = actors(db);
        List<Actor> kept = all.stream().filter(Y2024::test).toList();
        Actor held = kept.stream().filter(a -> a.type() == ActorType.EVENT && a.startDate() != null)
                .min(Comparator.comparing(a -> a.name().length())).orElseThrow();
        Actor elsewhen = all.stream().filter(a -> a.type() == ActorType.EVENT && !Y2024.test(a))
                .filter(a -> kept.stream().noneMatch(k -> String.valueOf(k.description()).contains(a.name())
                        || k.name().contains(a.name())))
                .min(Comparator.comparing(a -> a.name().length())).orElseThrow();
        Path out = dir.resolve("report-2024.pdf");

        Cli.Result result = Cli.run("report", "--db", db.toString(), "--years", "2024", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(held.name()), held.name() + " is held in 2024");
        assertFalse(text.contains(elsewhen.name()), elsewhen.name() + " is held in another year");
    }

    @Test
    void theWholeCatalogueJsonRefusesYearsAndABadRangeIsExplained() throws IOException {
        Path db = Cli.seededCatalogue(dir);

        Cli.Result json = Cli.run("export", "--db", db.toString(), "--years", "2024");
        Cli.Result backwards = Cli.run("report", "--db", db.toString(), "--out", dir.resolve("r.pdf").toString(),
                "--years", "2025-2021");

        assertEquals(1, json.exitCode());
        assertTrue(json.err().contains("--years"), json.err());
        assertEquals(1, backwards.exitCode());
        assertTrue(backwards.err().contains("2025"), backwards.err());
        assertFalse(Files.exists(dir.resolve("r.pdf")));
    }

    private static List<Actor> actors(Path db) {
        try (Catalogue catalogue = Catalogue.open(db)) {
            return catalogue.actors().all();
        }
    }
}
