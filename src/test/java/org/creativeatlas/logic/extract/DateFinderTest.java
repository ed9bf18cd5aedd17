package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static List<String> isos(String text) {
        return DateFinder.find(text).stream().map(DateFinder.Dated::iso).toList();
    }

    @Test
    void englishRussianKazakhAndIsoForms() {
        assertEquals(List.of("2024-04-08"), isos("On April 8, 2024, the academy opened."));
        assertEquals(List.of("2024-10-14"), isos("From 14–18 October 2024 in Tashkent"));
        assertEquals(List.of("2024-04-08"), isos("Встреча прошла 8 апреля 2024 г. в Алматы"));
        assertEquals(List.of("2023-05"), isos("в мае 2023 года"));
        assertEquals(List.of("2025-11-25"), isos("2025 жылғы 25–30 қараша аралығында"));
        assertEquals(List.of("2022-09"), isos(" date 2022-09 В Кыргызстане"));
    }

    @Test
    void aKazakhYearInTheGenitiveWithAnOrdinalDayAndAMonthInItsPossessiveLocative() {
        // QazScience, on the first forum of Central Asian historians; the Auliekol library, on a day of Uzbek letters
        assertEquals(List.of("2024-08-07"), isos("2024 жылдың 7 тамызында Астана қаласында, Л.Н.Гумилев атындағы "
                + "Еуразия ұлттық университетінде"));
        assertEquals(List.of("2019-04-15"), isos("2019 жылдың 15-ші сәуірінде Өзбекстандағы Қазақстан жылының ашылуы "
                + "болды"));
    }

    @Test
    void capitalsAndOffsetsAreThoseOfTheText() {
        // headlines write months in capitals; Kazakh capitals fold letter by letter, so offsets stay the text's
        String text = "ӘЛЕМ. 2025 ЖЫЛҒЫ 25 ҚАРАША — MAY 2024";
        assertEquals(List.of("2025-11-25", "2024-05"), isos(text));
        assertEquals(List.of(text.indexOf("2025"), text.indexOf("MAY")),
                DateFinder.find(text).stream().map(DateFinder.Dated::at).toList());
    }

    @Test
    void aYearAloneIsNoDateEvenWithAMonthNearButItsIsoFormIs() {
        assertEquals(List.of("2024-03"), isos("Тамыз айында емес, 2024 жылы. Отчёт 2024-03."));
    }

    @Test
    void yearsAloneAndNumbersAreNoDates() {
        assertTrue(isos("The Concept for 2021-2025 was adopted; call 0312 620171.").isEmpty());
    }

    @Test
    void eventTakesTheNearestDate() {
        var found = run("The museum opened in 2019.\nOn 3 June 2024 the Almaty Design Week began.");
        assertEquals("2024-06-03", find(found, ActorType.EVENT, "Almaty Design Week").date());
    }
}
