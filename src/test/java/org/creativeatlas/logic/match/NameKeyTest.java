package org.creativeatlas.logic.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    private static String org(String name) {
        return NameKey.of(name, false).joined();
    }

    private static double alike(String a, String b) {
        return NameSimilarity.organisation(NameKey.of(a, false), NameKey.of(b, false), word -> 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "«Тұран» университеті | «Тұран» университетінің",
        "\"Тұран\" университеті | Тұран университетімен",
        "Министерство культуры | Министерством культуры",
        "Министерство культуры | Министерства культуры",
        "Креативтік Индустриялар Паркі | Креативтік индустриялар паркінің",
        "Казахская национальная академия хореографии | Казахской национальной академией хореографии",
        "Алматы қаласы | Алматы қаласындағы",
        "ТОО «Креативный хаб» | Креативный хаб",
        "Al-Farabi Kazakh National University | Kazakh National University named after Al-Farabi"})
    void caseEndingsQuotesAndSmallWordsDoNotCount(String a, String b) {
        assertTrue(alike(a, b) >= TokenSimilarity.INFLECTED, a + " ~ " + b + ": " + alike(a, b));
    }

    @Test
    void caseEndingsAreNotAnyEnding() {
        assertTrue(CaseEndings.sameWord("universiteti", "universitetinin"));
        assertTrue(CaseEndings.sameWord("ministerstvo", "ministerstvom"));
        assertFalse(CaseEndings.sameWord("kreativtik", "kreativnih"), "another word, not another case");
        assertFalse(CaseEndings.sameWord("ali", "alia"), "too short to tell");
        assertEquals("turan universiteti", org("«Тұран» университеті"));
    }

    @Test
    void abbreviationsStayWhole() {
        NameKey key = NameKey.of("ҚКИП", false);
        assertEquals(1, key.words().size());
        assertTrue(key.words().get(0).abbreviation());
        assertFalse(NameKey.of("Қазақстан", false).words().get(0).abbreviation());
        assertEquals(org("ЮНЕСКО"), org("UNESCO"));
    }

    @Test
    void peopleKeepInitialsAndPatronymicApart() {
        NameKey a = NameKey.of("Г.К. Шалабаева", true);
        assertEquals(List.of("g", "k"), a.initials());
        assertEquals("shalabaeva", a.joined());
        NameKey b = NameKey.of("Shalabayeva G.K.", true);
        assertEquals(a.initials(), b.initials());
        assertEquals(a.joined(), b.joined());
        NameKey c = NameKey.of("Жапаров Садыр Нургожоевич", true);
        assertEquals("nurgojoevich", c.patronymic());
        assertEquals("japarov sadir", c.joined());
        assertNull(NameKey.of("Sadyr Japarov", true).patronymic());
        assertEquals(List.of("s"), NameKey.of("Sh. Kudaiberdiuly", true).initials());
    }
}
