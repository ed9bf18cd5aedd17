package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.testing.AppProcess;
import org.creativeatlas.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports onto a disk that fills up (a small tmpfs, mounted when the tests run as root): the disk is named as full
 * in one line, the import stops at the first such failure, and what was stored before stays whole.
 */
class FullDiskCommandTest {

    private static final Path SEEDS = Path.of("src", "test", "resources", "seeds-docs");

    @TempDir
    Path dir;

    @Test
    void aDocumentImportStopsAtTheFirstFullDiskWithOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("docs"));
        for (int copy = 1; copy <= 4; copy++) {
            try (var seeds = Files.list(SEEDS)) {
                for (Path seed : seeds.toList()) {
                    Files.writeString(folder.resolve(copy + "-" + seed.getFileName()),
                            Files.readString(seed, StandardCharsets.UTF_8) + "\ncopy " + copy + "\n");
                }
            }
        }
        try (SmallDisk disk = SmallDisk.mount(dir, 600)) {
            Path db = disk.path().resolve("atlas.db");

            AppProcess.Result result = AppProcess.start("import", folder.toString(), "--accept-all", "--db",
                    db.toString()).await(300);

            assertEquals(AtlasCommand.USER_ERROR, result.exitCode(), result.err().toString());
            assertEquals(1, result.err().size(), "one line on stderr, no log or trace: " + result.err());
            String line = result.err().get(0);
            assertTrue(line.contains("disk") && line.contains("full"), line);
            assertFalse(line.contains("SQLITE") || line.contains("no transaction"), line);
            List<String> stored = result.out().stream().filter(l -> l.contains(" created, ")).toList();
            assertTrue(stored.size() < 20, "stopped at the first full disk: " + result.out());
            assertTrue(result.out().contains(stored.size() + " of 20 files imported into " + db), result.out().toString());
            try (Catalogue catalogue = Catalogue.open(db)) {
                assertEquals(stored.size(), catalogue.sources().count(), "every document stored whole, no other");
            }
        }
    }

    @Test
    void aSpreadsheetImportOntoAFullDiskSaysSoAndImportsNothing() throws Exception {
        Path sheet = dir.resolve("hubs.csv");
        StringBuilder csv = new StringBuilder("Name,Country,City\n");
        for (int i = 1; i <= 20_000; i++) {
            csv.append("Creative hub number ").append(i).append(",Kyrgyzstan,Bishkek\n");
        }
        Files.writeString(sheet, csv, StandardCharsets.UTF_8);
        try (SmallDisk disk = SmallDisk.mount(dir, 1024)) {
            Path db = disk.path().resolve("atlas.db");
            assertEquals(0, Cli.run("stats", "--db", db.toString()).exitCode());
            disk.fill();

            AppProcess.Result result = AppProcess.start("import-csv", sheet.toString(), "--type", "organisation",
                    "--db", db.toString()).await(300);

            assertEquals(AtlasCommand.USER_ERROR, result.exitCode(), result.err().toString());
            assertEquals(1, result.err().size(), "one line on stderr, no log or trace: " + result.err());
            String line = result.err().get(0);
            assertTrue(line.contains("full") && line.contains(disk.path().toString()), line);
            assertFalse(line.contains("no transaction"), line);
            Files.delete(disk.path().resolve("filler"));
            try (Catalogue catalogue = Catalogue.open(db)) {
                assertEquals(0, catalogue.actors().count());
            }
        }
    }
}
