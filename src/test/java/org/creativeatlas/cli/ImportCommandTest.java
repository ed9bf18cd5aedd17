package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final Path SEEDS = Path.of("src", "test", "resources", "seeds-docs");
    private static final Path ENGLISH = SEEDS.resolve("001_0f293abc41f6a8a0.txt");
    private static final Path RUSSIAN = SEEDS.resolve("004_f6411042fb46b172.txt");

    @TempDir
    Path dir;

    @Test
    void acceptAllStoresTheActorsThatStatsThenCounts() throws Exception {
        Path db = dir.resolve("atlas.db");
        Cli.Result result = Cli.run("import", "--accept-all", "--db", db.toString(), ENGLISH.toString(),
                RUSSIAN.toString());

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).startsWith("001_0f293abc41f6a8a0.txt: ") && lines.get(0).contains(" created"),
                result.out());
        assertTrue(lines.get(1).startsWith("004_f6411042fb46b172.txt: "), result.out());
        assertTrue(lines.get(2).startsWith("2 of 2 files imported"), result.out());

        JsonNode stats = new ObjectMapper().readTree(Cli.run("stats", "--db", db.toString(), "--json").out());
        assertTrue(stats.get("actors").asInt() > 50, stats.toString());
        assertTrue(stats.at("/byType/person").asInt() >= 10, stats.toString());
        assertEquals(2, stats.get("sources").asInt());
        assertTrue(stats.at("/byCountry/KG/total").asInt() > 30, stats.toString());
    }

    @Test
    void countsAreSaidInTheSingularAndPlural() throws Exception {
        Path hub = Files.writeString(dir.resolve("hub.txt"), "The Almaty Creative Hub opened its doors.\n");
        Path director = Files.writeString(dir.resolve("director.txt"),
                "Aida Suleimenova, director of the Almaty Creative Hub, opened the festival.\n");
        String db = dir.resolve("atlas.db").toString();

        Cli.Result preview = Cli.run("import", "--db", db, hub.toString(), director.toString());
        Cli.Result one = Cli.run("import", "--accept-all", "--db", db, hub.toString());
        Cli.Result linked = Cli.run("import", "--accept-all", "--db", dir.resolve("other.db").toString(),
                director.toString());

        assertEquals(0, preview.exitCode(), preview.err());
        assertTrue(preview.out().contains("hub.txt: 1 candidate (0 same as an existing actor), 0 links\n"),
                preview.out());
        assertTrue(preview.out().contains("director.txt: 2 candidates (0 same as an existing actor), 1 link\n"),
                preview.out());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(List.of("hub.txt: 1 created, 0 merged, 0 rejected, 0 links, 1 mention",
                "1 of 1 file imported into " + db), one.out().lines().toList());
        assertEquals(0, linked.exitCode(), linked.err());
        assertTrue(linked.out().startsWith("director.txt: 2 created, 0 merged, 0 rejected, 1 link, 2 mentions\n"),
                linked.out());
    }

    @Test
    void eachDocumentIsPrintedAsSoonAsItIsStored() throws Exception {
        Path db = dir.resolve("atlas.db");
        Catalogue.open(db).close();
        List<Long> storedWhenPrinted = new ArrayList<>();
        OutputStream watcher = new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '\n') {
                    storedWhenPrinted.add(sources(db));
                }
            }
        };

        int code = AtlasCommand.run(new PrintStream(watcher, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream()), "import", "--accept-all", "--db", db.toString(),
                ENGLISH.toString(), RUSSIAN.toString());

        assertEquals(0, code);
        assertEquals(List.of(1L, 2L, 2L), storedWhenPrinted, "a line per document as it is stored, then the sum");
    }

    private static long sources(Path db) {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM source")) {
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheOthersImported() throws Exception {
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7});
        Path empty = Files.createFile(dir.resolve("blank.html"));
        Path unknown = Files.writeString(dir.resolve("table.xlsx"), "not a document");
        Path db = dir.resolve("atlas.db");

        Cli.Result result = Cli.run("import", "--accept-all", "--db", db.toString(), binary.toString(),
                ENGLISH.toString(), empty.toString(), unknown.toString());

        assertEquals(1, result.exitCode());
        List<String> errors = result.errLines();
        assertEquals(3, errors.size(), result.err());
        assertTrue(errors.get(0).startsWith("scan.txt: "), result.err());
        assertTrue(errors.get(1).startsWith("blank.html: "), result.err());
        assertTrue(errors.get(2).startsWith("table.xlsx: "), result.err());
        assertTrue(result.out().contains("1 of 4 files imported"), result.out());
        try (Catalogue catalogue = Catalogue.open(db)) {
            assertEquals(1, catalogue.sources().count());
        }
    }

    @Test
    void withoutAcceptAllNothingIsStored() throws Exception {
        Path db = dir.resolve("atlas.db");
        Cli.Result result = Cli.run("import", "--db", db.toString(), SEEDS.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(6, result.out().lines().count(), result.out());
        assertTrue(result.out().contains("--accept-all"), result.out());
        try (Catalogue catalogue = Catalogue.open(db)) {
            assertEquals(0, catalogue.actors().count());
            assertEquals(0, catalogue.sources().count());
        }
    }

    @Test
    void aFolderImportsItsDocumentsAndAgainReusesTheirSources() throws Exception {
        Path db = dir.resolve("atlas.db");
        assertEquals(0, Cli.run("import", "--accept-all", "--db", db.toString(), SEEDS.toString()).exitCode());
        long actors;
        try (Catalogue catalogue = Catalogue.open(db)) {
            assertEquals(5, catalogue.sources().count());
            actors = catalogue.actors().count();
        }

        Cli.Result again = Cli.run("import", "--accept-all", "--db", db.toString(), SEEDS.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("already in the catalogue"), again.out());
        try (Catalogue catalogue = Catalogue.open(db)) {
            assertEquals(5, catalogue.sources().count());
            assertEquals(actors, catalogue.actors().count());
        }
    }
}
