package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsByYearTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void countsPerYearAndTypeAreTheCataloguesDates() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        List<Actor> actors = actors(db);
        long events2024 = actors.stream().filter(a -> a.type() == ActorType.EVENT && a.startDate() != null
                && a.startDate().startsWith("2024")).count();
        long undatedOrgs = actors.stream().filter(a -> a.type() == ActorType.ORGANISATION && a.startYear() == null)
                .count();

        Cli.Result json = Cli.run("stats", "--db", db.toString(), "--by-year", "--json");
        Cli.Result text = Cli.run("stats", "--db", db.toString(), "--by-year");

        assertEquals(0, json.exitCode(), json.err());
        JsonNode byYear = JSON.readTree(json.out()).get("byYear");
        assertEquals(events2024, byYear.at("/2024/event").asLong());
        assertEquals(undatedOrgs, byYear.at("/none/organisation").asLong());
        assertEquals(0, text.exitCode());
        assertTrue(text.out().lines().anyMatch(l -> l.matches("2024\\s+" + events2024 + "\\s+.*")), text.out());
    }

    @Test
    void yearsCountOnlyTheActorsOfThoseYearsAndTheUndated() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        List<Actor> actors = actors(db);
        long outside = actors.stream().filter(a -> a.type() == ActorType.EVENT && a.startDate() != null
                && !a.startDate().startsWith("2024")).count();
        assertTrue(outside > 0);

        Cli.Result result = Cli.run("stats", "--db", db.toString(), "--years", "2024", "--json");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode stats = JSON.readTree(result.out());
        assertEquals(actors.size() - outside, stats.get("actors").asLong());
        assertEquals("2024", stats.get("years").asText());
        Cli.Result bad = Cli.run("stats", "--db", db.toString(), "--years", "2025-2021");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("--years"), bad.err());
    }

    private static List<Actor> actors(Path db) {
        try (Catalogue catalogue = Catalogue.open(db)) {
            return catalogue.actors().all();
        }
    }
}
