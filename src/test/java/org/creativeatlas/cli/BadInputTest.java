package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Bad input exits 1 with one line on stderr, no stack trace, and leaves the catalogue file as it was. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUnchanged() throws Exception {
        Path db = dir.resolve("notes.db");
        Files.writeString(db, "These are my notes, not a catalogue.", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(db);

        assertRefused(Cli.run("stats", "--db", db.toString()), "not a Creative Atlas catalogue");
        assertRefused(Cli.run("import-catalogue", "--db", db.toString(), Cli.seedJson(dir).toString()),
                "not a Creative Atlas catalogue");

        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void anEmptyFileIsRefusedAndLeftAsItWas() throws Exception {
        Path db = Files.createFile(dir.resolve("empty.db"));

        assertRefused(Cli.run("stats", "--db", db.toString()), "empty.db");
        assertRefused(Cli.run("import-catalogue", "--db", db.toString(), Cli.seedJson(dir).toString()), "empty");

        assertEquals(0, Files.size(db));
        assertFalse(Files.exists(dir.resolve("empty.db-wal")), "no journal left beside it");
    }

    @Test
    void aCatalogueOnAReadOnlyFileSystemIsNamedAsSuch() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 1024)) {
            Path db = Cli.seededCatalogue(disk.path());
            disk.remountReadOnly();

            assertRefused(Cli.run("stats", "--db", db.toString()), "read-only file system");
            assertRefused(Cli.run("export", "--db", dir.resolve("other.db").toString(), "--out",
                    disk.path().resolve("out.json").toString()), "read-only file system");
        }
    }

    @Test
    void aCatalogueFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        assertFalse(Files.exists(dir.resolve("seeded.db-wal")), "the catalogue was closed cleanly");
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek(60); // PRAGMA user_version: a big-endian int at byte 60 of the SQLite header
            file.writeInt(999);
        }
        byte[] before = Files.readAllBytes(db);

        assertRefused(Cli.run("stats", "--db", db.toString()), "newer version");
        assertRefused(Cli.run("export", "--db", db.toString()), "newer version");

        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aDamagedCatalogueIsRefusedAndLeftUnchanged() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            for (long page = 4096 * 2; page < file.length(); page += 4096) {
                file.seek(page);
                file.write(new byte[64]);
            }
        }
        byte[] before = Files.readAllBytes(db);

        Cli.Result result = Cli.run("stats", "--db", db.toString());

        assertRefused(result, "");
        assertTrue(result.err().contains("damaged") || result.err().contains("not a"), result.err());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void malformedJsonIsRefusedAndTheCatalogueIsLeftUnchanged() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        Path json = dir.resolve("broken.json");
        String seed = Files.readString(Cli.seedJson(dir), StandardCharsets.UTF_8);
        Files.writeString(json, seed.substring(0, seed.length() / 2), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(db);

        assertRefused(Cli.run("import-catalogue", "--db", db.toString(), json.toString()), "broken.json");

        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void jsonOfAnotherShapeIsSaidToBeNoCatalogueAndBrokenJsonStillSaysWhere() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        byte[] before = Files.readAllBytes(db);
        String notOurs = "Not a valid catalogue document: it is JSON, but not a Creative Atlas catalogue "
                + "(no \"version\" and \"actors\").";
        for (String text : List.of("[1,2,3]", "{\"hello\":\"world\"}")) {
            Path json = dir.resolve("other.json");
            Files.writeString(json, text, StandardCharsets.UTF_8);

            assertRefused(Cli.run("import-catalogue", "--db", db.toString(), json.toString()), "other.json: " + notOurs);
        }
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[1,2 3]", StandardCharsets.UTF_8);
        assertRefused(Cli.run("import-catalogue", "--db", db.toString(), broken.toString()),
                "broken.json: Not a valid catalogue document: '3' does not belong there (line 1, column 6).");
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void anInvalidEntryRefusesTheWholeDocument() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        String countsBefore = Cli.run("stats", "--json", "--db", db.toString()).out();
        Path json = dir.resolve("bad-type.json");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode doc = mapper.readTree(Cli.seedJson(dir).toFile());
        // the last actor gets a type that does not exist: nothing before it may be stored either
        JsonNode actors = doc.get("actors");
        ((ObjectNode) actors.get(actors.size() - 1)).put("type", "wizard");
        mapper.writeValue(json.toFile(), doc);

        assertRefused(Cli.run("import-catalogue", "--db", db.toString(), json.toString()), "Nothing was imported");

        assertEquals(countsBefore, Cli.run("stats", "--json", "--db", db.toString()).out());
    }

    @Test
    void aCountryNameInACatalogueIsRefusedAsNotAnIsoCodeInOneSentence() throws Exception {
        Path db = dir.resolve("atlas.db");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode doc = mapper.readTree(Cli.seedJson(dir).toFile());
        ObjectNode actor = (ObjectNode) doc.get("actors").get(0);
        actor.put("country", "Kazakhstan");
        Path json = dir.resolve("named-country.json");
        mapper.writeValue(json.toFile(), doc);

        Cli.Result result = Cli.run("import-catalogue", "--db", db.toString(), json.toString());

        assertRefused(result, "actor \"" + actor.get("id").asText() + "\": country «Kazakhstan» is not an ISO code "
                + "such as KZ. Nothing was imported.");
        // the other checks' sentences end where the line goes on, too
        actor.put("country", "KZ").put("website", "not a site");
        mapper.writeValue(json.toFile(), doc);
        Cli.Result website = Cli.run("import-catalogue", "--db", db.toString(), json.toString());
        assertRefused(website, "Write it as https://example.org. Nothing was imported.");
    }

    @Test
    void aMissingJsonFileIsRefusedBeforeTheCatalogueIsTouched() {
        Path db = dir.resolve("never-created.db");

        assertRefused(Cli.run("import-catalogue", "--db", db.toString(), dir.resolve("missing.json").toString()),
                "missing.json");

        assertFalse(Files.exists(db));
    }

    @Test
    void aCatalogueInAFolderThatDoesNotExistIsRefused() {
        assertRefused(Cli.run("stats", "--db", dir.resolve("no/such/folder/atlas.db").toString()), "Cannot create");
    }

    @Test
    void exportIntoAFolderThatDoesNotExistWritesNothing() throws Exception {
        Path db = Cli.seededCatalogue(dir);

        assertRefused(Cli.run("export", "--db", db.toString(), "--out", dir.resolve("no/such/out.json").toString()),
                "Cannot write");
    }

    @Test
    void badOptionsAndCommandsGiveOneLine() {
        assertRefused(Cli.run("stats", "--jsn"), "--jsn");
        assertRefused(Cli.run("statistics"), "statistics");
        assertRefused(Cli.run("export", "--format", "xml"), "xml");
        assertRefused(Cli.run("bench", "--scale", "0"), "--scale");
        assertRefused(Cli.run("import-catalogue"), "FILE.json");
        assertRefused(Cli.run(), "Missing command");
    }

    @Test
    void anUnknownCommandIsNamedWithTheListOfCommands() {
        Cli.Result result = Cli.run("mpa", "--out", "x");

        assertRefused(result, "Unknown command 'mpa'");
        for (String command : List.of("stats", "export", "import", "import-csv", "report", "backup", "restore")) {
            assertTrue(result.err().contains(" " + command + ",") || result.err().contains(" " + command + "."),
                    command + " listed: " + result.err());
        }
        assertRefused(Cli.run("--db", "x.db", "statistics"), "Unknown command 'statistics'; did you mean stats");
    }

    @Test
    void anUnexpectedFailureExitsTwoWithOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(CommandSpec.create()).setErr(new PrintWriter(err, true));

        int code = new ErrorHandler().handleExecutionException(new IllegalStateException("boom"), cli, null);

        assertEquals(AtlasCommand.INTERNAL_ERROR, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("boom"), err.toString());
    }

    private static void assertRefused(Cli.Result result, String mentioned) {
        assertEquals(AtlasCommand.USER_ERROR, result.exitCode(), result.err());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains(mentioned), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());
        assertEquals("", result.out());
    }
}
