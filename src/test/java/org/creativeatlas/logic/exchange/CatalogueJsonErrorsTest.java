package org.creativeatlas.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A broken catalogue document is described in plain words, with where: never in the JSON library's jargon. */
class CatalogueJsonErrorsTest {

    private static final String HEAD = "{\n  \"format\": \"creative-atlas-catalogue\",\n  \"version\": 1,\n";

    @Test
    void aCutOffFileSaysItEndsTooEarly() {
        String message = refused(HEAD + "  \"actors\": [\n    {\"id\": \"a1\", \"type\": \"organisation\",");

        assertTrue(message.contains("ends too early"), message);
        assertTrue(message.contains("line 5"), message);
    }

    @Test
    void aMissingNumberSaysWhichFieldAndWhere() {
        String message = refused("{\n  \"format\": \"creative-atlas-catalogue\",\n  \"version\": null\n}");

        assertTrue(message.contains("\"version\"") && message.contains("a whole number"), message);
        assertTrue(message.contains("line 3, column"), message);
    }

    @Test
    void aWordWhereANumberBelongsSaysWhichEntry() {
        String message = refused(HEAD + "  \"actors\": [\n    {\"id\": \"a1\", \"type\": \"event\", \"name\": \"Forum\","
                + "\n     \"startYear\": \"two thousand\"}\n  ]\n}");

        assertTrue(message.contains("\"startYear\"") && message.contains("a whole number"), message);
        assertTrue(message.contains("actor 1"), message);
        assertTrue(message.contains("line 6, column"), message);
    }

    @Test
    void aStrayCharacterIsQuotedWithItsPlace() {
        String message = refused(HEAD + "  \"actors\": [\n    {\"id\": \"a1\",, \"type\": \"event\"}\n  ]\n}");

        assertTrue(message.contains("','"), message);
        assertTrue(message.contains("line 5, column 17"), message);
    }

    @Test
    void aListWhereAnObjectBelongsSaysSo() {
        String message = refused(HEAD + "  \"actors\": {\"id\": \"a1\"}\n}");

        assertTrue(message.contains("\"actors\"") && message.contains("a list"), message);
    }

    private static String refused(String json) {
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> CatalogueJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        String message = e.getMessage();
        for (String jargon : new String[] {"StreamReadFeature", "DeserializationConfig", "FAIL_ON", "`", "Source:",
            "REDACTED", "code 44", "marker", "token", "deserialize", "java."}) {
            assertFalse(message.contains(jargon), "library jargon \"" + jargon + "\" in: " + message);
        }
        assertFalse(message.contains("\n"), message);
        return message;
    }
}
