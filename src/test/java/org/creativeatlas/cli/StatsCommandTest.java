package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.creativeatlas.logic.CatalogueStats;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void jsonCountsAreTheStoresCountsPerTypeAndCountry() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        Map<String, Integer> expectedByType = new HashMap<>();
        try (Catalogue catalogue = Catalogue.open(db)) {
            for (ActorType type : ActorType.values()) {
                List<Actor> actors = catalogue.actors().ofType(type);
                expectedByType.put(type.code(), actors.size());
                for (Actor a : actors) {
                    String country = a.country() == null ? CatalogueStats.NO_COUNTRY : a.country();
                    expected.computeIfAbsent(country, c -> new TreeMap<>()).merge(type.code(), 1, Integer::sum);
                }
            }
        }

        Cli.Result result = Cli.run("stats", "--db", db.toString(), "--json");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode stats = JSON.readTree(result.out());
        for (ActorType type : ActorType.values()) {
            assertEquals(expectedByType.get(type.code()), stats.at("/byType/" + type.code()).asInt(), type.code());
        }
        assertEquals(expected.keySet().size(), stats.get("byCountry").size());
        expected.forEach((country, byType) -> {
            JsonNode counts = stats.get("byCountry").get(country);
            for (ActorType type : ActorType.values()) {
                int n = byType.getOrDefault(type.code(), 0);
                assertEquals(n, counts.get(type.code()).asInt(), country + " " + type);
            }
            assertEquals(byType.values().stream().mapToInt(Integer::intValue).sum(), counts.get("total").asInt());
        });
    }

    @Test
    void theTitleCountsInTheSingularAndPlural() throws Exception {
        Path one = Cli.oneActorCatalogue(dir);
        Path linked = Cli.oneLinkCatalogue(dir);

        Cli.Result oneTable = Cli.run("stats", "--db", one.toString());
        Cli.Result linkedTable = Cli.run("stats", "--db", linked.toString());

        assertEquals(0, oneTable.exitCode(), oneTable.err());
        assertTrue(oneTable.out().startsWith("Catalogue " + one.toAbsolutePath() + ": 1 actor, 0 links, 0 sources\n"),
                oneTable.out());
        assertEquals(0, linkedTable.exitCode(), linkedTable.err());
        assertTrue(linkedTable.out().startsWith("Catalogue " + linked.toAbsolutePath()
                + ": 2 actors, 1 link, 1 source\n"), linkedTable.out());
    }

    @Test
    void countsMatchTheSeedDocumentItself() throws Exception {
        Path json = Cli.seedJson(dir);
        Map<String, Integer> inDocument = new TreeMap<>();
        for (JsonNode actor : JSON.readTree(json.toFile()).get("actors")) {
            inDocument.merge(actor.get("type").asText(), 1, Integer::sum);
        }
        Path db = dir.resolve("atlas.db");
        assertEquals(0, Cli.run("import-catalogue", "--db", db.toString(), json.toString()).exitCode());

        JsonNode stats = JSON.readTree(Cli.run("stats", "--db", db.toString(), "--json").out());

        inDocument.forEach((type, n) -> assertEquals(n, stats.at("/byType/" + type).asInt(), type));
        assertEquals(inDocument.values().stream().mapToInt(Integer::intValue).sum(), stats.get("actors").asInt());
    }

    @Test
    void theTableShowsOneRowPerCountryWithItsCountsAndTotals() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        JsonNode stats = JSON.readTree(Cli.run("stats", "--db", db.toString(), "--json").out());

        Cli.Result table = Cli.run("stats", "--db", db.toString());

        assertEquals(0, table.exitCode(), table.err());
        List<String> lines = table.out().lines().toList();
        stats.get("byCountry").fields().forEachRemaining(entry -> {
            JsonNode c = entry.getValue();
            String expected = String.join(" ", c.get("organisation").asText(), c.get("platform").asText(),
                    c.get("event").asText(), c.get("person").asText(), c.get("total").asText());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(entry.getKey() + " ") && numbers(l).equals(expected)),
                    entry.getKey() + " " + expected + " in\n" + table.out());
        });
        String all = lines.stream().filter(l -> l.startsWith("All countries")).findFirst().orElseThrow();
        assertTrue(numbers(all).endsWith(" " + stats.get("actors").asText()), all);
        assertTrue(table.out().startsWith("Catalogue " + db.toAbsolutePath()), table.out());
    }

    @Test
    void aMissingCatalogueNamedWithDbStartsEmpty() {
        Path db = dir.resolve("new.db");

        Cli.Result result = Cli.run("stats", "--json", "--db", db.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("\"actors\" : 0"), result.out());
        assertTrue(Files.exists(db));
    }

    /** The numbers at the end of a table line, separated by single spaces. */
    private static String numbers(String line) {
        return line.replaceAll("^.*?((\\s+\\d+){5})$", "$1").strip().replaceAll("\\s+", " ");
    }
}
