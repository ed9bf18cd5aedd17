package org.creativeatlas.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Locale system = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    @Test
    void englishStaysEnglishOnARussianSystem() {
        Locale.setDefault(Locale.forLanguageTag("ru"));
        assertEquals("Organisation", new Messages(Locale.ENGLISH).get("type.organisation"));
        assertEquals("Организация", new Messages(Locale.forLanguageTag("ru")).get("type.organisation"));
        assertEquals("Ұйым", new Messages(Locale.forLanguageTag("kk")).get("type.organisation"));
    }

    @Test
    void argumentsAreFilledInAndUnknownKeysShowThemselves() {
        Messages en = new Messages(Locale.ENGLISH);
        assertEquals("Not a date: 2024-13. Write yyyy, yyyy-mm or yyyy-mm-dd.", en.get("problem.date.invalid", "2024-13"));
        assertEquals("no.such.key", en.get("no.such.key"));
    }
}
