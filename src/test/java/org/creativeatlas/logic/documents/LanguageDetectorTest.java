package org.creativeatlas.logic.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final String EN = "The round table was attended by scientists and honored artists of Turkey, "
            + "Bulgaria, Russia and Kazakhstan.";
    private static final String RU = "Исследовательская группа университета «Тұран» посетила Бишкек и встретилась "
            + "с представителями креативных индустрий.";
    private static final String KK = "Іссапар барысында мемлекеттік органдар мен ғылыми мекемелердің өкілдерімен "
            + "кездесулер өтті.";

    @Test
    void eachLanguageOnItsOwn() {
        assertEquals("en", LanguageDetector.detect(EN));
        assertEquals("ru", LanguageDetector.detect(RU), "a quoted Kazakh name does not make Russian Kazakh");
        assertEquals("kk", LanguageDetector.detect(KK));
        assertNull(LanguageDetector.detect("2024 — 16 / 25"));
    }

    @Test
    void kazakhInLatinLettersIsKazakh() {
        // Egemen Qazaqstan's Latin-script edition, on a Kazakh centre's thirty years in Tashkent
        assertEquals("kk", LanguageDetector.detect("Jıyn barysynda «Otandastar qory» QeAQ-nyń prezıdenti Abzal "
                + "Saparbekuly qazaq ulttyq mádenı ortalyǵyn 30 jyldyq mereıtoıymen quttyqtap, barsha ózbek "
                + "aǵaıyndarǵa óz alǵysyn bildirdi."));
        assertEquals("en", LanguageDetector.detect("Qazaq Concert hall hosted the Astana Opera's soloists."));
    }

    @Test
    void kazakhInArabicLettersIsKazakhAndArabicIsNoLanguageOfOurs() {
        // BAQ.kz's edition for the Kazakhs of China, on a Kyrgyz literature centre in Astana
        assertEquals("kk", LanguageDetector.detect("بۇگىن قر ۇلتتىق اكادەميالىق كىتاپحاناسىندا قىرعىز مادەنيەتى جانە "
                + "ادەبيەتى كۇنى ٴوتىپ، وسىناۋ مادەني كۇن اياسىندا قىرعىز ادەبيەتى ورتالىعى اشىلدى."));
        // the first article of the Universal Declaration of Human Rights in Arabic
        assertNull(LanguageDetector.detect("يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق."));
    }

    @Test
    void paragraphsThatDifferMakeAMixedDocument() {
        String text = KK + "\n\n" + RU + "\n\n" + EN;
        assertEquals("mixed", LanguageDetector.detect(text));
        assertEquals(List.of("kk", "ru", "en"),
                LanguageDetector.paragraphs(text).stream().map(LanguageDetector.Paragraph::language).toList());
        LanguageDetector.Paragraph second = LanguageDetector.paragraphs(text).get(1);
        assertEquals(RU, text.substring(second.start(), second.end()));
    }

    @Test
    void paragraphsAreRunsOfLinesBetweenEmptyLinesWithoutTheirLineBreaks() {
        String text = "\n\nline one\nline two\n\n\nthird\n";
        assertEquals(List.of("line one\nline two", "third"), LanguageDetector.paragraphs(text).stream()
                .map(p -> text.substring(p.start(), p.end())).toList());
        assertEquals(List.of(), LanguageDetector.paragraphs("\n\n"));
    }

    @Test
    void aParagraphOfTwentyThousandLinesIsRead() {
        String text = (EN + "\n").repeat(20_000);
        assertEquals("en", LanguageDetector.detect(text));
        assertEquals(1, LanguageDetector.paragraphs(text).size());
    }

    @Test
    void aShortQuotationDoesNotMixADocument() {
        assertEquals("ru", LanguageDetector.detect(RU + " " + RU + " " + RU + "\n\nCreative Hub"));
    }
}
