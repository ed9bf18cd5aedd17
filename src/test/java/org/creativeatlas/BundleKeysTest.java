package org.creativeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** English, Russian and Kazakh say the same things: every bundle has exactly the keys of the English one. */
class BundleKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void everyLanguageHasTheEnglishKeys(String lang) throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> other = keys("messages_" + lang + ".properties");
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "keys missing in " + lang);
        assertEquals(Set.of(), extra, "keys only in " + lang);
    }

    @Test
    void everyCodeListValueHasALabel() throws IOException {
        Set<String> english = keys("messages.properties");
        for (ActorType type : ActorType.values()) {
            assertTrue(english.contains("type." + type.code()), type.code());
            type.kinds().forEach(kind -> assertTrue(english.contains("kind." + kind), kind));
        }
        for (ActorField field : ActorField.values()) {
            assertTrue(english.contains("field." + field.code()), field.code());
        }
        for (Sector sector : Sector.values()) {
            assertTrue(english.contains("sector." + sector.code()), sector.code());
        }
        for (Status status : Status.values()) {
            assertTrue(english.contains("status." + status.code()), status.code());
        }
    }

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/org/creativeatlas/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
