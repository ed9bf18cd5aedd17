package org.creativeatlas.logic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.creativeatlas.model.TextFold;
import org.junit.jupiter.api.Test;

class SearchKeyTest {

    private static final String ALPHABET = "abcxyz -«»—№.,1аеилнорстяёәғқңөұүһіўҳҷӣӯéüß中文ع";

    @Test
    void containsGivesTheSameAnswersOnKeysAsOnText() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = TextFold.fold(randomText(random, 1 + random.nextInt(30)));
            String query = TextFold.fold(randomText(random, 1 + random.nextInt(3)));
            assertEquals(text.contains(query), SearchKey.of(text).contains(SearchKey.of(query)),
                    "\"" + query + "\" in \"" + text + "\"");
        }
    }

    @Test
    void kazakhAndRussianTextFitsInOneBytePerLetter() {
        String key = SearchKey.of(TextFold.fold("ҚАЗАҚ ҰЛТТЫҚ өнер университеті — «Тұран», Молодёжный центр №1"));

        assertTrue(key.chars().allMatch(c -> c <= 0xFF), key);
    }

    @Test
    void aQueryKeyIsTheKeyOfItsText() {
        String folded = TextFold.fold("ҰЛТТЫҚ");

        assertEquals(SearchKey.of(folded), SearchKey.ofQuery(folded));
        assertEquals(SearchKey.of("中文"), SearchKey.ofQuery("中文"));
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
