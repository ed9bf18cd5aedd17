package org.creativeatlas.logic.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliteratorTest {

    @ParameterizedTest
    @CsvSource({
        "Данияр, Daniyar", "Данияр, Daniiar", "Данияр, Daniar", "Аманалиев, Amanaliev", "Аманалиев, Amanaliyev",
        "Шалабаева, Shalabayeva", "Шалабаева, Shalabaeva", "Жапаров, Japarov", "Жапаров, Zhaparov",
        "Жапаров, Djaparov", "Жапаров, Dzhaparov", "Ергалиев, Yergaliev", "Кушербаев, Kusherbayev",
        "Тугжанов, Tugzhanov", "Қуаныш, Kuanysh", "Қасым, Kassym", "Тоқаев, Tokayev", "Юрий, Yuriy", "Юрий, Yuri",
        "Ходжаев, Khodjaev", "ЮНЕСКО, UNESCO", "Ғафуров, Ghafurov", "Ясауи, Yasawi", "Өмірбек, Ömirbek",
        "Ұлан, Ulan", "Үмбетов, Umbetov", "Һ, h", "Іле, Ile", "Әлия, Aliya", "Қазақстан, Qazaqstan",
        "Щукин, Shchukin", "Цой, Tsoi", "Чолпон, Cholpon", "Ыбырай, Ybyray", "Ңң, n"})
    void cyrillicAndLatinSpellingsMeet(String cyrillic, String latin) {
        assertEquals(Transliterator.skeleton(cyrillic.toLowerCase()), Transliterator.skeleton(latin.toLowerCase()));
    }

    @Test
    void kyrgyzAndTajikLettersHaveLatin() {
        assertEquals("ou ng", Transliterator.toLatin("өү ңг"));
        assertEquals("juhuri", Transliterator.toLatin("ҷуҳурӣ"));
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(Transliterator.skeleton("акылбек"), Transliterator.skeleton("садыр"));
        assertNotEquals(Transliterator.skeleton("марат"), Transliterator.skeleton("мурат"));
    }
}
