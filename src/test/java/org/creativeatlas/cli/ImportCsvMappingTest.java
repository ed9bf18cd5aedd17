package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Sector;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-csv --mapping} with the values of code-list columns chosen in the mapping file. */
class ImportCsvMappingTest {

    @TempDir
    Path dir;
    private Path csv;
    private Path db;

    @BeforeEach
    void sheet() throws IOException {
        csv = Files.writeString(dir.resolve("hubs.csv"), "Title;State;Type;Field\n"
                + "Ololo;Кыргызская Респ.;Хаб;кино и музыка\n"
                + "Turan;Kazakhstan;University;design\n"
                + "Somewhere;н/д;Хаб;\n");
        db = dir.resolve("c.db");
    }

    @Test
    void valuesNamedInTheMappingReadTheirTexts() throws IOException {
        Path mapping = Files.writeString(dir.resolve("map.json"), """
                {"columns": {"Title": "name", "State": "country", "Type": "kind", "Field": "sectors"},
                 "values": {"State": {"Кыргызская Респ.": "KG", " н/д ": ""},
                            "Type": {"Хаб": "creative_hub"},
                            "Field": {"кино и музыка": "film,music"}}}
                """);
        Cli.Result result = Cli.run("import-csv", csv.toString(), "--type", "organisation", "--mapping",
                mapping.toString(), "--db", db.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Imported 3 organisations; skipped 0 rows."), result.out());
        try (Catalogue store = Catalogue.open(db)) {
            Actor ololo = byName(store, "Ololo");
            assertEquals("KG", ololo.country());
            assertEquals("creative_hub", ololo.kind());
            assertEquals(java.util.Set.of(Sector.FILM, Sector.MUSIC), ololo.sectors());
            assertEquals(null, byName(store, "Somewhere").country(), "\"\" leaves the country empty");
            assertEquals("university", byName(store, "Turan").kind(), "texts not named are read by the rules");
        }
    }

    @Test
    void anUnknownCodeIsOneClearLineAndImportsNothing() throws IOException {
        Path mapping = Files.writeString(dir.resolve("map.json"), """
                {"columns": {"Title": "name", "State": "country"}}
                """);
        assertEquals(0, Cli.run("import-csv", csv.toString(), "--type", "organisation", "--mapping",
                mapping.toString(), "--db", db.toString()).exitCode(), "the one row the rules read");
        Files.writeString(mapping, """
                {"columns": {"Title": "name", "State": "country"},
                 "values": {"State": {"Кыргызская Респ.": "Kyrgyzstan"}}}
                """);
        Cli.Result result = Cli.run("import-csv", csv.toString(), "--type", "organisation", "--mapping",
                mapping.toString(), "--db", db.toString());
        assertEquals(1, result.exitCode());
        assertEquals(List.of("The mapping map.json: \"values\" for \"State\": \"Kyrgyzstan\" cannot stand for "
                + "\"Кыргызская Респ.\"; use an ISO country code such as KG, or \"\" to leave it empty."),
                result.errLines());
        try (Catalogue store = Catalogue.open(db)) {
            assertEquals(List.of("Turan"), store.actors().ofType(ActorType.ORGANISATION).stream().map(Actor::name)
                    .toList(), "the catalogue is as before");
        }

        Files.writeString(mapping, """
                {"columns": {"Title": "name", "State": "city"}, "values": {"State": {"Кыргызская Респ.": "KG"}}}
                """);
        Cli.Result notCoded = Cli.run("import-csv", csv.toString(), "--type", "organisation", "--mapping",
                mapping.toString(), "--db", db.toString());
        assertEquals(1, notCoded.exitCode());
        assertTrue(notCoded.err().contains("must be mapped to country, kind, sectors, status or mode"), notCoded.err());
    }

    private static Actor byName(Catalogue store, String name) {
        return store.actors().ofType(ActorType.ORGANISATION).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
