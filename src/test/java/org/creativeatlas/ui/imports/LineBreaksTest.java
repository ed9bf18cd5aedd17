package org.creativeatlas.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines broken to a width by turning spaces into line breaks, measured here by letters. */
class LineBreaksTest {

    private static final String TITLE = "بىشكەكتە قازاقستان كينوسى كۇندەرى اشىلدى\nبىشكەك. قازاقپارات";

    @Test
    void spacesWhereALineWouldOverflowBecomeLineBreaksAndNothingElseChanges() {
        String wrapped = LineBreaks.wrap(TITLE, 20, String::length);
        assertEquals(TITLE.length(), wrapped.length());
        assertEquals(TITLE.replace(' ', '\n'), wrapped.replace(' ', '\n'), "only spaces turn into line breaks");
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 20, line);
        }
        assertEquals("بىشكەكتە قازاقستان\nكينوسى كۇندەرى\nاشىلدى\nبىشكەك. قازاقپارات", wrapped);
    }

    @Test
    void aWordWiderThanTheLineStandsAloneAndAWideLineIsLeftAlone() {
        assertEquals("قازاقستاننىڭ\nمادەنيەت", LineBreaks.wrap("قازاقستاننىڭ مادەنيەت", 5, String::length));
        assertEquals(TITLE, LineBreaks.wrap(TITLE, 200, String::length));
    }
}
