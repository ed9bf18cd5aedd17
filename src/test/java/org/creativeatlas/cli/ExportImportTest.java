package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void exportThenImportIntoANewFileGivesTheSameCountsAndTheSameDocument() throws Exception {
        Path original = Cli.seededCatalogue(dir);
        Path exported = dir.resolve("exported.json");

        Cli.Result export = Cli.run("export", "--db", original.toString(), "--format", "json", "--out",
                exported.toString());
        assertEquals(0, export.exitCode(), export.err());

        Path copy = dir.resolve("copy.db");
        Cli.Result imported = Cli.run("import-catalogue", "--db", copy.toString(), exported.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(1, imported.out().lines().count(), imported.out());
        assertTrue(imported.out().startsWith("Imported "), imported.out());

        assertEquals(stats(original), stats(copy));
        Cli.Result again = Cli.run("export", "--db", copy.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertArrayEquals(Files.readAllBytes(exported), again.outBytes());
    }

    @Test
    void importCountsInTheSingularAndPlural() throws Exception {
        Path oneJson = dir.resolve("one-actor.json");
        assertEquals(0, Cli.run("export", "--db", Cli.oneActorCatalogue(dir).toString(), "--format", "json",
                "--out", oneJson.toString()).exitCode());
        String linked = dir.resolve("linked.db").toString();

        Cli.Result one = Cli.run("import-catalogue", "--db", dir.resolve("one.db").toString(), oneJson.toString());
        Cli.Result first = Cli.run("import-catalogue", "--db", linked, Cli.oneLinkJson(dir).toString());
        Cli.Result again = Cli.run("import-catalogue", "--db", linked, Cli.oneLinkJson(dir).toString());

        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().startsWith("Imported 1 actor, 0 links, 0 sources (0 already there) and 0 mentions into "),
                one.out());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("Imported 2 actors, 1 link, 1 source (0 already there) and 1 mention into "),
                first.out());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("Imported 2 actors, 1 link, 0 sources (1 already there) and 1 mention into "),
                again.out());
    }

    @Test
    void exportToAFileReplacesItWholeAndLeavesNoPartialFile() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        Path out = dir.resolve("out.json");
        Files.writeString(out, "old content");

        assertEquals(0, Cli.run("export", "--db", db.toString(), "-o", out.toString()).exitCode());

        assertArrayEquals(Cli.run("export", "--db", db.toString()).outBytes(), Files.readAllBytes(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void importingTwiceAddsTheActorsAgainButReusesTheSources() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        JsonNode before = JSON.readTree(stats(db));

        Cli.Result second = Cli.run("import-catalogue", "--db", db.toString(), Cli.seedJson(dir).toString());

        assertEquals(0, second.exitCode(), second.err());
        JsonNode after = JSON.readTree(stats(db));
        assertEquals(2 * before.get("actors").asInt(), after.get("actors").asInt());
        assertEquals(before.get("sources").asInt(), after.get("sources").asInt());
        assertTrue(second.out().contains("0 sources (" + before.get("sources").asInt() + " already there)"),
                second.out());
    }

    private static String stats(Path db) {
        Cli.Result result = Cli.run("stats", "--json", "--db", db.toString());
        assertEquals(0, result.exitCode(), result.err());
        // the file name differs between catalogues; every count must not
        return result.out().replaceAll("\"catalogue\" : \".*\",", "");
    }
}
