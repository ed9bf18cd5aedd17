package org.creativeatlas.logic.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotated pages become name samples: each gold name found where the page writes it, in any inflected form. */
class PagesCorpusTest {

    @TempDir
    Path dir;

    @Test
    void findsNominativeGoldNamesInInflectedKazakhAndRussianText() {
        List<String> kk = names(PagesCorpus.document("Іс-шараны Қазақстан Республикасы Мәдениет және спорт "
                + "министрлігінің қолдауымен «Қазақконцерт» ұйымдастырды.", List.of(
                new String[] {"Қазақстан Республикасы Мәдениет және спорт министрлігі", "organisation"},
                new String[] {"«Қазақконцерт»", "organisation"}), "kk"));
        assertEquals(List.of("organisation: Қазақстан Республикасы Мәдениет және спорт министрлігінің",
                "organisation: « Қазақконцерт »"), kk);

        List<String> ru = names(PagesCorpus.document("Выставку открыл министр культуры Азамат Жаманбаев. "
                + "По словам Жаманбаева, выставка продлится месяц.", List.<String[]>of(
                new String[] {"Азамат Жаманбаев", "person"}), "ru"));
        assertEquals(List.of("person: Азамат Жаманбаев", "person: Жаманбаева"), ru);
    }

    @Test
    void englishNamesMatchOnlyAsWrittenAndAnAbbreviationInBracketsIsFoundAlone() {
        List<String> en = names(PagesCorpus.document("The British Council opened a call. Applications to BC "
                + "close in May; the British Councils of other countries differ.", List.<String[]>of(
                new String[] {"British Council (BC)", "organisation"}), "en"));
        assertEquals(List.of("organisation: British Council", "organisation: BC"), en);
    }

    @Test
    void readsEachLanguagesPagesBesideTheirGoldAndLeavesOutKazakhInLatinLetters() throws IOException {
        Path set = Files.createDirectories(dir.resolve("set/blind"));
        Files.writeString(set.resolve("kk_1_a.txt"), "Фестивальді «Қазақконцерт» өткізді.");
        Files.writeString(set.resolve("kk_2_b.txt"), "Festıvaldi «Qazaqkonsert» ótkizdi.");
        Files.writeString(set.resolve("ru_1_c.txt"), "Фестиваль провёл «Қазақконцерт».");
        Files.writeString(set.resolve("gold.json"), """
                [{"doc":"kk_1_a.txt","type":"organisation","name":"«Қазақконцерт»"},
                 {"doc":"kk_2_b.txt","type":"organisation","name":"«Qazaqkonsert»"},
                 {"doc":"ru_1_c.txt","type":"organisation","name":"«Қазақконцерт»"}]""");

        List<NameSample> kk = PagesCorpus.read(List.of(dir), "kk");
        assertEquals(1, kk.size());
        assertEquals(List.of("organisation: « Қазақконцерт »"), names(kk));
        assertFalse(PagesCorpus.read(List.of(dir), "ru").isEmpty());
    }

    @Test
    void aStemKeepsItsWordAndEndingsStayShort() {
        assertTrue(PagesCorpus.same("министрлігінің", "министрлігі", true));
        assertTrue(PagesCorpus.same("Министерством", "Министерство", true));
        assertFalse(PagesCorpus.same("Министерством", "Министерство", false));
        assertFalse(PagesCorpus.same("Казахстан", "Казань", true));
    }

    private static List<String> names(List<NameSample> samples) {
        List<String> out = new ArrayList<>();
        for (NameSample s : samples) {
            for (Span n : s.getNames()) {
                out.add(n.getType() + ": " + String.join(" ", Arrays.copyOfRange(s.getSentence(), n.getStart(), n.getEnd())));
            }
        }
        return out;
    }
}
