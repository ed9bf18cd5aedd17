package org.creativeatlas.logic.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.logic.extract.Candidate.Span;
import org.junit.jupiter.api.Test;

class PassagesTest {

    @Test
    void theSentenceAroundANameInEachLanguage() {
        assertEquals(List.of("The hub opened in Almaty."), passage("Intro line. The hub opened in Almaty. Next one.",
                "hub"));
        assertEquals(List.of("Выступил проф. Г.К. Шалабаева из Алматы."),
                passage("Начало. Выступил проф. Г.К. Шалабаева из Алматы. Конец.", "Шалабаева"));
        assertEquals(List.of("«Тұран» университетінің өкілдері қатысты!"),
                passage("Кіріспе?\n«Тұран» университетінің өкілдері қатысты! Соңы", "Тұран"));
    }

    @Test
    void aLineWithoutAPeriodEndsAtTheLineBreak() {
        assertEquals(List.of("Round table on \"Creative industries\""),
                passage("Title\nRound table on \"Creative industries\"\nBody text.", "Round table"));
    }

    @Test
    void twoNamesInOneSentenceGiveItOnce() {
        String text = "A met B at the forum. Later C.";
        assertEquals(List.of(new Passage(new Span(0, 21), "A met B at the forum.")),
                Passages.of(text, List.of(new Span(0, 1), new Span(6, 7))));
    }

    @Test
    void aSentenceStandingTwiceIsKeptWhereEachNameIs() {
        // as a news page repeats its lead: the second name's passage is the second sentence, not the first
        String text = "The Almaty Hub opened.\nThe Almaty Hub opened.\nMore.";
        List<Passage> passages = Passages.of(text, List.of(new Span(4, 14), new Span(27, 37)));
        assertEquals(List.of(new Span(0, 22), new Span(23, 45)), passages.stream().map(Passage::span).toList());
        passages.forEach(p -> assertEquals(text.substring(p.span().start(), p.span().end()), p.text()));
    }

    private static List<String> passage(String text, String name) {
        int at = text.indexOf(name);
        return Passages.of(text, List.of(new Span(at, at + name.length()))).stream().map(Passage::text).toList();
    }
}
