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

    @Test
    void anImportSummaryCountsInTheSingularAndThePlural() {
        Messages en = new Messages(Locale.ENGLISH);
        assertEquals("Import finished: one document stored, one new actor, none merged into existing ones.",
                en.get("import.done", 1, 1, 0));
        assertEquals("Import finished: 3 documents stored, 12 new actors, 2 merged into existing ones.",
                en.get("import.done", 3, 12, 2));
        assertEquals("1 actor · 1 link", en.get("status.totals", 1, 1));
        assertEquals("1 of 1 person", en.get("count.person", 1, 1));
        assertEquals("Exported 1 row to a.csv.", en.get("export.done", 1, "a.csv"));
        assertEquals("Connected; one actor changed by colleagues since opening was shown.", en.get("team.connected", 1));
    }
}
