package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.testing.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two command-line runs writing to one catalogue at once, each a program of its own: the second waits its turn for
 * each document and both store everything, with nothing on stderr.
 */
class ConcurrentImportTest {

    private static final Path SEEDS = Path.of("src", "test", "resources", "seeds-docs");

    @TempDir
    Path dir;

    @Test
    void twoImportsAtOnceStoreEveryDocument() throws Exception {
        Path db = dir.resolve("shared.db");
        Path first = documents("first", 4);
        Path second = documents("second", 2);
        assertEquals(0, Cli.run("stats", "--db", db.toString()).exitCode());

        AppProcess a = AppProcess.start("import", first.toString(), "--accept-all", "--db", db.toString());
        awaitFirstSource(db);
        AppProcess b = AppProcess.start("import", second.toString(), "--accept-all", "--db", db.toString());
        holdTheFileNowAndThen(db);
        AppProcess.Result ra = a.await(300);
        AppProcess.Result rb = b.await(300);

        assertStoredAll(ra, 20);
        assertStoredAll(rb, 10);
        try (Catalogue catalogue = Catalogue.open(db)) {
            assertEquals(30, catalogue.sources().count());
        }
    }

    @Test
    void aSpreadsheetImportBesideADocumentImportWaitsAndStoresEveryRow() throws Exception {
        Path db = dir.resolve("shared.db");
        Path documents = documents("docs", 4);
        assertEquals(0, Cli.run("stats", "--db", db.toString()).exitCode());
        Path sheet = dir.resolve("hubs.csv");
        StringBuilder csv = new StringBuilder("Название,Страна,Город\n");
        for (int i = 1; i <= 20_000; i++) {
            csv.append("Креативный хаб ").append(i).append(",KZ,Алматы\n");
        }
        Files.writeString(sheet, csv, StandardCharsets.UTF_8);

        AppProcess a = AppProcess.start("import", documents.toString(), "--accept-all", "--db", db.toString());
        awaitFirstSource(db);
        AppProcess b = AppProcess.start("import-csv", sheet.toString(), "--type", "organisation", "--db", db.toString());
        holdTheFileNowAndThen(db);
        AppProcess.Result ra = a.await(300);
        AppProcess.Result rb = b.await(300);

        assertStoredAll(ra, 20);
        assertEquals(0, rb.exitCode(), String.join("\n", rb.err()));
        assertEquals(List.of(), rb.err());
        assertTrue(rb.out().contains("Imported 20000 organisations; skipped 0 rows."), rb.out().toString());
        try (Catalogue catalogue = Catalogue.open(db)) {
            assertEquals(20, catalogue.sources().count());
            assertEquals(20_000, catalogue.actors().search("Креативный хаб").size());
        }
    }

    /**
     * A third program takes the file's write lock four times for 1.5 s while the imports run, so that both meet a
     * locked file whatever the timing of their own documents.
     */
    private static void holdTheFileNowAndThen(Path db) throws Exception {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = conn.createStatement()) {
            for (int i = 0; i < 4; i++) {
                Thread.sleep(1000);
                st.execute("BEGIN IMMEDIATE");
                Thread.sleep(1500);
                st.execute("ROLLBACK");
            }
        }
    }

    /** Waits until the first import has stored a document, so the second starts while it is under way. */
    private static void awaitFirstSource(Path db) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM source")) {
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first import stored nothing in 120 s");
    }

    private static void assertStoredAll(AppProcess.Result result, int files) {
        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertEquals(List.of(), result.err(), "nothing on stderr");
        assertTrue(result.out().get(result.out().size() - 1).startsWith(files + " of " + files + " files imported"),
                result.out().toString());
    }

    /** The seed documents, {@code copies} times each, every copy a text of its own (one line added). */
    private Path documents(String name, int copies) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        List<Path> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            files.sorted().forEach(seeds::add);
        }
        for (int copy = 1; copy <= copies; copy++) {
            for (Path seed : seeds) {
                String text = Files.readString(seed, StandardCharsets.UTF_8) + "\n\n" + name + " " + copy + "\n";
                Files.writeString(folder.resolve(copy + "-" + seed.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return folder;
    }
}
