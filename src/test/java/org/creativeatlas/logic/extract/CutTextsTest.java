package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * A document may end anywhere: a page saved half-way, an excerpt cut mid-sentence. Every rule looks a few words ahead,
 * so each committed text is read cut after each of its punctuation marks and each word that ends a title, and none of
 * those cuts may fail (a failure loses the whole document's actors); nor may the cuts of other pages that once did.
 */
class CutTextsTest {

    /** Where the texts are cut besides after punctuation: after these words, which rules read on from. */
    private static final List<String> OPENERS = List.of("Ambassador", "Minister", "the", "of", "and", "by", "и",
            "фильмы", "министрі", "елшісі", "проректоры", "Al", "bin");

    @Test
    void everyCommittedTextIsReadWhereverItIsCut() throws IOException {
        ActorExtractor extractor = new ActorExtractor();
        int cuts = 0;
        for (Path f : texts()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (int end : cutPoints(text)) {
                String cut = text.substring(0, end);
                assertDoesNotThrow(() -> extractor.extract(cut), () -> f.getFileName() + " cut at " + end + ": …"
                        + cut.substring(Math.max(0, cut.length() - 60)));
                cuts++;
            }
        }
        assertTrue(cuts > 1000, "cuts made: " + cuts);
    }

    @Test
    void aTitleThatEndsTheTextNamesNoOneAndLosesNoOtherActor() {
        List<Candidate> found = run("UAE ambassador visits the university\n\nOn September 18, a meeting was held at the "
                + "S.A.Niyazov Turkmen Agricultural University with the Ambassador");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.PERSON), names(found).toString());
        assertEquals(1, found.size(), names(found).toString());
    }

    @Test
    void aTextCutShortAfterAQuoteOrInsideANameKeepsItsActors() {
        List<Candidate> found = run("Конгресс-выставка\n\nВ Кыргызско-Российском славянском университете проходит I "
                + "Международный конгресс-выставка «Русское слово в диалоге культур России и Киргизии»,");
        assertFalse(found.isEmpty(), "the text's actors are read though it ends in a comma after a quote");
        List<Candidate> cut = run("Crafts forum\n\nPartners of the forum included the Embassy of Japan in Uzbekistan, "
                + "the Embassy of the R");
        find(cut, ActorType.ORGANISATION, "Embassy of Japan in Uzbekistan");
    }

    private static List<Integer> cutPoints(String text) {
        List<Integer> points = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            int end = i;
            boolean punctuation = ",.:;»”\")(–—-".indexOf(text.charAt(end - 1)) >= 0;
            boolean opener = Character.isWhitespace(text.charAt(end))
                    && OPENERS.stream().anyMatch(w -> endsWord(text, end, w));
            if (punctuation || opener) {
                points.add(end);
            }
        }
        return points;
    }

    private static boolean endsWord(String text, int end, String word) {
        int start = end - word.length();
        return start >= 0 && text.startsWith(word, start) && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    private static List<Path> texts() throws IOException {
        List<Path> all = new ArrayList<>();
        Path extract = Path.of("src", "test", "resources", "extract");
        for (Path folder : List.of(Path.of("seeds"), extract, extract.resolve("heldout2"), extract.resolve("heldout3"))) {
            try (Stream<Path> files = Files.list(folder)) {
                all.addAll(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        return all;
    }
}
