package org.creativeatlas.logic.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On April 8, 2024, the academy opened its doors. | 2024-04-08",
        "Published 8 April 2024 by the press office | 2024-04-08",
        "Форум прошёл 12 марта 2024 г. в Бишкеке | 2024-03-12",
        "В сентябре 2022 года открылись центры | 2022-09",
        "2025 жылғы 25–30 қараша аралығында зерттеу тобы | 2025-11-25",
        "Іс-шара 3 сәуірде 2023 жылы өтті | 2023-04-03",
        "Дата: 08.04.2024 | 2024-04-08",
        " date 2022-09 В Кыргызстане запущен проект | 2022-09",
        "Events of 2024 and plans for 2025-2026 | ",
        "Проект AP26198511 стартовал | "})
    void findsTheFirstDate(String text, String expected) {
        assertEquals(expected, DateFinder.find(text));
    }

    @ParameterizedTest
    @CsvSource({"Дата 31.02.2024", "May be later, 2024"})
    void refusesWhatIsNoDate(String text) {
        assertNull(DateFinder.find(text));
    }
}
