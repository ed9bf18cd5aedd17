package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.logic.sheets.XlsxSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCareCommandsTest {

    @TempDir
    Path dir;

    @Test
    void importCsvThenExportCsvAndXlsx() throws IOException {
        Path csv = dir.resolve("orgs.csv");
        Files.write(csv, ("Название;Страна;Вид;Сайт\r\nOlolo Group;Кыргызстан;Креативный хаб;ololo.kg\r\n"
                + "=cmd|' /C calc'!A0;Казахстан;Университет;\r\n").getBytes(Charset.forName("windows-1251")));
        String db = dir.resolve("c.db").toString();
        Cli.Result imported = Cli.run("import-csv", csv.toString(), "--type", "organisation", "--db", db);
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("Imported 2 organisations"), imported.out());

        Cli.Result exported = Cli.run("export", "--format", "csv", "--type", "organisation", "--country", "KG,KZ",
                "--db", db);
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("Ololo Group,Creative hub,Kyrgyzstan"), exported.out());
        assertTrue(exported.out().contains("\n'=cmd|' /C calc'!A0,"), "formula neutralised: " + exported.out());

        Path xlsx = dir.resolve("orgs.xlsx");
        assertEquals(0, Cli.run("export", "--format", "xlsx", "--type", "organisation", "--out", xlsx.toString(),
                "--db", db).exitCode());
        SheetTable back = XlsxSheet.read(Files.readAllBytes(xlsx));
        assertEquals(2, back.size());
        assertEquals("https://ololo.kg", back.cell(0, 7));

        Cli.Result again = Cli.run("import-csv", xlsx.toString(), "--type", "organisation", "--db", db);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("Imported 2 organisations"), again.out());
    }

    @Test
    void restoreCountsInTheSingularAndPlural() throws IOException {
        Path one = Cli.oneActorCatalogue(dir);
        Path linked = Cli.oneLinkCatalogue(dir);
        assertEquals(0, Cli.run("backup", "--db", one.toString()).exitCode());
        assertEquals(0, Cli.run("backup", "--db", linked.toString()).exitCode());
        Path oneBackup;
        Path linkedBackup;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<Path> backups = files.sorted().toList();
            oneBackup = backups.stream().filter(f -> f.getFileName().toString().startsWith("one-actor-"))
                    .findFirst().orElseThrow();
            linkedBackup = backups.stream().filter(f -> f.getFileName().toString().startsWith("one-link-"))
                    .findFirst().orElseThrow();
        }

        Cli.Result restoredOne = Cli.run("restore", oneBackup.toString(), "--db", one.toString());
        Cli.Result restoredLinked = Cli.run("restore", linkedBackup.toString(), "--db", linked.toString());

        assertEquals(0, restoredOne.exitCode(), restoredOne.err());
        assertTrue(restoredOne.out().contains(" (1 actor, 0 links); the state before is in "), restoredOne.out());
        assertEquals(0, restoredLinked.exitCode(), restoredLinked.err());
        assertTrue(restoredLinked.out().contains(" (2 actors, 1 link); the state before is in "),
                restoredLinked.out());
    }

    @Test
    void exportByCountryLeavesOutTheActorsOfNoCountry() throws IOException {
        Path db = Cli.seededCatalogue(dir); // UNESCO is there with no country
        Cli.Result kz = Cli.run("export", "--format", "csv", "--type", "organisation", "--country", "KZ",
                "--db", db.toString());
        assertEquals(0, kz.exitCode(), kz.err());
        assertTrue(kz.out().contains("\nAl-Farabi Kazakh National University,"), kz.out());
        assertTrue(kz.out().lines().noneMatch(l -> l.startsWith("UNESCO,")), kz.out());
        assertTrue(Cli.run("export", "--format", "csv", "--type", "organisation", "--db", db.toString()).out()
                .lines().anyMatch(l -> l.startsWith("UNESCO,")), "without --country it is there");
    }

    @Test
    void badSheetsExitOneAndLeaveTheCatalogueUnchanged() throws IOException {
        Path bad = dir.resolve("bad.csv");
        StringBuilder rows = new StringBuilder("name,country\n");
        for (int i = 0; i < 10_000; i++) {
            rows.append("Hub ").append(i).append(",Atlantis\n");
        }
        Files.writeString(bad, rows, StandardCharsets.UTF_8);
        String db = dir.resolve("c.db").toString();
        Cli.Result result = Cli.run("import-csv", bad.toString(), "--type", "organisation", "--db", db);
        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains("10000 of 10000 rows have problems"), result.out());
        assertTrue(result.out().lines().count() < 40, "a summary, not ten thousand lines");
        assertTrue(Cli.run("stats", "--db", db).out().contains("0"));

        Path binary = Files.write(dir.resolve("data.csv"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Cli.Result refused = Cli.run("import-csv", binary.toString(), "--type", "person", "--db", db);
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("binary"), refused.err());
        assertEquals(1, Cli.run("import-csv", bad.toString(), "--type", "planet", "--db", db).exitCode());
        assertEquals(1, Cli.run("export", "--format", "json", "--type", "person", "--db", db).exitCode());
    }

    @Test
    void aSheetWithAHeaderAndNoRowsExitsOneWithOneLine() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        byte[] before = Files.readAllBytes(db);
        Path organisations = Files.writeString(dir.resolve("hubs.csv"), "Name,Country\n\n", StandardCharsets.UTF_8);
        Path affiliations = Files.writeString(dir.resolve("staff.csv"), "Person,Organisation,Role\n",
                StandardCharsets.UTF_8);

        for (String[] sheet : new String[][] {{organisations.toString(), "organisation"},
                {affiliations.toString(), "affiliation"}}) {
            Cli.Result result = Cli.run("import-csv", sheet[0], "--type", sheet[1], "--db", db.toString());

            assertEquals(1, result.exitCode(), result.out());
            assertEquals(List.of("The sheet has a header but no rows: nothing was imported."), result.errLines());
            assertEquals("", result.out());
        }
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void backupAndRestore() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        Cli.Result backup = Cli.run("backup", "--db", db.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            file = files.findFirst().orElseThrow();
        }
        Cli.Result restore = Cli.run("restore", file.toString(), "--db", db.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("Restored"), restore.out());
        Cli.Result missing = Cli.run("restore", dir.resolve("nothing.db").toString(), "--db", db.toString());
        assertEquals(1, missing.exitCode());
        Files.delete(dir.resolve("backups").resolve(file.getFileName()));
        Files.writeString(dir.resolve("blocked.db"), "");
        Path blockedDir = Files.createDirectory(dir.resolve("other"));
        Files.writeString(blockedDir.resolve("backups"), "a file where the folder goes");
        Cli.Result blocked = Cli.run("backup", "--db", blockedDir.resolve("c.db").toString());
        assertEquals(1, blocked.exitCode());
        assertTrue(blocked.err().contains("left unchanged"), blocked.err());
    }

    @Test
    void backupCountsInTheSingularAndPlural() throws IOException {
        Cli.Result one = Cli.run("backup", "--db", Cli.oneActorCatalogue(dir).toString());
        Cli.Result linked = Cli.run("backup", "--db", Cli.oneLinkCatalogue(dir).toString());

        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().startsWith("Backed up 1 actor, 0 links and 0 sources to "), one.out());
        assertTrue(one.out().contains("  1 actor, 0 links, 0 sources"), one.out());
        assertEquals(0, linked.exitCode(), linked.err());
        assertTrue(linked.out().startsWith("Backed up 2 actors, 1 link and 1 source to "), linked.out());
        assertTrue(linked.out().contains("  2 actors, 1 link, 1 source"), linked.out());
    }
}
