package org.creativeatlas.logic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameCollatorTest {

    @Test
    void kazakhLettersSortInTheirAlphabetPlacesIgnoringCase() {
        List<String> expected = List.of("Ahmed", "zebra", "Абай", "әже", "Бішкек", "Гүл", "Ғалым", "Қазақ", "Қала",
                "Кіру", "Нұр", "Ңы", "Орда", "Өнер", "Ұлттық", "Үміт", "Хан", "Һәм", "Ыбырай", "Іле", "Ёлка", "Юрта");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(NameCollator.create());
        assertEquals(sortedByHand(), shuffled);
    }

    @Test
    void caseDoesNotDecideOrder() {
        List<String> names = new ArrayList<>(Arrays.asList("ұлттық", "Ұлт", "ҰЛТТЫҚ А"));
        names.sort(NameCollator.create());
        assertEquals(List.of("Ұлт", "ұлттық", "ҰЛТТЫҚ А"), names);
    }

    @Test
    void aNameInQuotesSortsByItsFirstLetter() {
        List<String> names = new ArrayList<>(List.of("«Тұран» университеті", "Al-Farabi University", "Туран",
                "ГП \"Инфоком\"", "Тараз", "\"Арт\" галерея", "ГП Альфа", "“Zebra” Studio", "Ақжол"));
        names.sort(NameCollator.create());
        assertEquals(List.of("Al-Farabi University", "“Zebra” Studio", "Ақжол", "\"Арт\" галерея", "ГП Альфа",
                "ГП \"Инфоком\"", "Тараз", "Туран", "«Тұран» университеті"), names);
    }

    /** The Kazakh Cyrillic alphabet order, Latin first; Ё sorts with Е as in Russian dictionaries. */
    private static List<String> sortedByHand() {
        return List.of("Ahmed", "zebra", "Абай", "әже", "Бішкек", "Гүл", "Ғалым", "Ёлка", "Кіру", "Қазақ", "Қала",
                "Нұр", "Ңы", "Орда", "Өнер", "Ұлттық", "Үміт", "Хан", "Һәм", "Ыбырай", "Іле", "Юрта");
    }
}
