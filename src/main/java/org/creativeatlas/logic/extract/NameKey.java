package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.TextFold;

/** A name folded for comparison: case, quotes and punctuation dropped, Russian and Kazakh endings cut from each word. */
final class NameKey {

    private static final List<String> ENDINGS = List.of("ының", "інің", "ның", "нің", "дың", "дің", "тың", "тің",
            "ына", "іне", "ымен", "імен", "мен", "ого", "его", "ому", "ему", "ами", "ями", "ым", "им", "ом", "ем", "ой",
            "ей", "ую", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ах", "ях", "сы", "сі", "а", "я", "у", "ю", "е",
            "и", "ы", "і", "о", "й", "ь");

    private static final java.util.regex.Pattern PUNCTUATION =
            java.util.regex.Pattern.compile("[«»\"“”„'’`()\\[\\].,:;!?/\\\\–—-]");

    private NameKey() {
    }

    static List<String> words(String name) {
        String folded = PUNCTUATION.matcher(TextFold.fold(name)).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String w : folded.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(stem(w));
            }
        }
        return words;
    }

    static String of(String name) {
        return String.join(" ", words(name));
    }

    private static String stem(String w) {
        for (String e : ENDINGS) {
            if (w.length() - e.length() >= 4 && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }
}
