package org.creativeatlas.logic.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingTest {

    @TempDir
    Path dir;

    @Test
    void guessesHeadersInThreeLanguages() {
        assertEquals(Arrays.asList(ActorField.NAME, ActorField.COUNTRY, ActorField.CITY, ActorField.KIND,
                        ActorField.WEBSITE, ActorField.SECTORS, null),
                HeaderGuess.actors(ActorType.ORGANISATION, List.of("Name", "Country", "City", "Type", "Website",
                        "Sectors", "Phone")).fields());
        assertEquals(List.of(ActorField.NAME, ActorField.COUNTRY, ActorField.CITY, ActorField.KIND,
                        ActorField.WEBSITE, ActorField.SECTORS),
                HeaderGuess.actors(ActorType.ORGANISATION, List.of("Название", "Страна", "Город", "Вид", "Сайт",
                        "Сфера")).fields());
        assertEquals(List.of(ActorField.NAME, ActorField.COUNTRY, ActorField.CITY, ActorField.KIND,
                        ActorField.SECTORS, ActorField.STATUS),
                HeaderGuess.actors(ActorType.ORGANISATION, List.of("Атауы", "Ел", "Қала", "Түрі", "Сала",
                        "Мәртебесі")).fields());
        assertEquals(ActorField.ROLE, HeaderGuess.actors(ActorType.PERSON, List.of("ФИО", "Должность")).fields().get(1));
        LinkColumns links = HeaderGuess.links(List.of("Person", "Организация", "Role", "From", "To"));
        assertEquals(new LinkColumns(0, 1, 2, 3, 4), links);
    }

    @Test
    void mapsValuesInThreeLanguages() {
        for (String kg : List.of("Кыргызстан", "Киргизия", "Kyrgyz Republic", "Қырғызстан", "KG", "kyrgyzstan")) {
            assertEquals("KG", value(ActorField.COUNTRY, kg), kg);
        }
        assertEquals("KZ", value(ActorField.COUNTRY, "Республика Казахстан"));
        assertEquals("university", value(ActorField.KIND, "Университет"));
        assertEquals("creative_hub", value(ActorField.KIND, "Креативный хаб"));
        assertEquals("ngo", value(ActorField.KIND, "NGO"));
        assertEquals(Status.ACTIVE, value(ActorField.STATUS, "Действует"));
        assertEquals(Set.of(Sector.DESIGN, Sector.FILM, Sector.IT_DIGITAL),
                value(ActorField.SECTORS, "Дизайн; кино, IT / digital"));
        assertEquals(2015, value(ActorField.START_YEAR, "2015.0"));
        assertEquals("https://turan.edu.kz", value(ActorField.WEBSITE, "turan.edu.kz"));
        assertEquals("problem.country.unknown",
                ValueReader.read(ActorType.ORGANISATION, ActorField.COUNTRY, "Атлантида").problem().key());
        assertEquals("problem.value.unknown",
                ValueReader.read(ActorType.ORGANISATION, ActorField.SECTORS, "кино; балет").problem().key());
    }

    @Test
    void mappingChoicesAreRememberedPerHeaderSet() {
        MappingMemory memory = new MappingMemory(dir);
        List<String> headers = List.of("Название", "Страна", "Телефон");
        memory.remember(headers, new MappingMemory.Saved("organisation", Arrays.asList("name", "country", "notes"),
                Map.of()));
        MappingMemory again = new MappingMemory(dir);
        assertEquals(Arrays.asList("name", "country", "notes"),
                again.recall(List.of(" название", "СТРАНА", "телефон")).orElseThrow().targets());
        assertTrue(again.recall(List.of("Название", "Страна")).isEmpty());
        assertNull(ColumnMapping.of(ActorType.ORGANISATION, Arrays.asList("name", null)).fields().get(1));
    }

    @Test
    void valuesChosenByHandAreRememberedWithTheColumns() {
        List<String> headers = List.of("Название", "Страна", "Вид");
        Map<Integer, Map<String, String>> values = Map.of(1, Map.of("Кыргызская Респ.", "KG", "—", ""),
                2, Map.of("Хаб", "creative_hub"));
        new MappingMemory(dir).remember(headers, new MappingMemory.Saved("organisation",
                List.of("name", "country", "kind"), values));
        MappingMemory.Saved recalled = new MappingMemory(dir).recall(headers).orElseThrow();
        assertEquals(new MappingMemory.Saved("organisation", List.of("name", "country", "kind"), values), recalled);

        ColumnMapping mapping = new ColumnMapping(ActorType.ORGANISATION,
                ColumnMapping.of(ActorType.ORGANISATION, recalled.targets()).fields(), recalled.values());
        RowResult row = SheetImport.preview(SheetTable.of(headers, List.of(List.of("Ололо", "Кыргызская Респ.", "Хаб"))),
                mapping).firstRows().get(0);
        assertEquals(List.of(), row.problems());
        assertEquals("KG", row.draft().country(), "the recalled choice reads the text");
        assertEquals("creative_hub", row.draft().kind());
    }

    @Test
    void mappingsRememberedBeforeValueChoicesStillLoad() throws IOException {
        List<String> headers = List.of("Name", "Country");
        Files.writeString(dir.resolve(MappingMemory.FILE), "{\n  \"" + MappingMemory.key(headers)
                + "\" : {\n    \"type\" : \"person\",\n    \"targets\" : [ \"name\", \"country\" ]\n  }\n}\n");
        MappingMemory.Saved old = new MappingMemory(dir).recall(headers).orElseThrow();
        assertEquals(new MappingMemory.Saved("person", List.of("name", "country"), Map.of()), old);
    }

    private static Object value(ActorField field, String text) {
        ValueReader.Parsed parsed = ValueReader.read(ActorType.ORGANISATION, field, text);
        assertNull(parsed.problem(), text + ": " + parsed.problem());
        return parsed.value();
    }
}
