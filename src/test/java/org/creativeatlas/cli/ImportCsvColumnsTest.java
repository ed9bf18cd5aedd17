package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-csv} says what it does with every column: a column it cannot use is named, never dropped silently. */
class ImportCsvColumnsTest {

    @TempDir
    Path dir;

    @Test
    void aColumnWhoseYearsCannotBeReadIsReportedRowByRow() throws Exception {
        Path csv = Files.writeString(dir.resolve("hubs.csv"), "Name,Country,Founded\n"
                + "Almaty Creative Hub,KZ,2019\nBishkek Design Lab,KG,abc\nTashkent Media Space,UZ,99999\n");

        Cli.Result result = Cli.run("import-csv", csv.toString(), "--type", "organisation", "--db",
                dir.resolve("c.db").toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("2 of 3 rows have problems"), result.out());
        assertTrue(result.out().contains("2 × Not a year. Write a whole number such as 2019."), result.out());
        assertTrue(result.out().contains("row 3 (Founded): Not a year: abc."), result.out());
        assertTrue(result.out().contains("row 4 (Founded): Not a year: 99999."), result.out());
    }

    @Test
    void countsAreSaidInEnglishSingularAndPlural() throws Exception {
        Path people = Files.writeString(dir.resolve("people.csv"), "Name,Country\n"
                + "Aida Suleimenova,KZ\nBakyt Asanov,KG\nNobody Known,Atlantis\n");
        Path platforms = Files.writeString(dir.resolve("platforms.csv"), "Name,Country\nCreative Online,KZ\n");
        String db = dir.resolve("c.db").toString();

        Cli.Result result = Cli.run("import-csv", people.toString(), "--type", "person", "--db", db);
        Cli.Result one = Cli.run("import-csv", platforms.toString(), "--type", "platform", "--db", db);

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("1 of 3 rows has problems:"), result.out());
        assertTrue(result.out().contains("Imported 2 people; skipped 1 row."), result.out());
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().contains("Imported 1 platform; skipped 0 rows."), one.out());
    }

    @Test
    void aColumnThatIsLeftOutIsNamedWithTheReason() throws Exception {
        Path csv = Files.writeString(dir.resolve("events.csv"), "Name,Country,Start year,Year\n"
                + "Central Asian Creative Forum,KZ,2019,2019\nBishkek Design Week,KG,abc,2020\n");

        Cli.Result result = Cli.run("import-csv", csv.toString(), "--type", "event", "--db",
                dir.resolve("c.db").toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Column \"Start year\" was left out: an event has no start year"),
                result.out());
        assertTrue(result.out().contains("Column \"Year\" was left out: its header names no field"), result.out());
        assertTrue(result.out().contains("Imported 2 events; skipped 0 rows."), result.out());
    }

    @Test
    void aMappingFileLeavesColumnsOutOnPurposeAndIsNotToldSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("hubs.csv"), "Name,Internal code\nAlmaty Creative Hub,X-17\n");
        Path mapping = Files.writeString(dir.resolve("map.json"), "{\"columns\": {\"Name\": \"name\"}}");

        Cli.Result result = Cli.run("import-csv", csv.toString(), "--type", "organisation", "--mapping",
                mapping.toString(), "--db", dir.resolve("c.db").toString());

        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.out().contains("left out"), result.out());
    }
}
