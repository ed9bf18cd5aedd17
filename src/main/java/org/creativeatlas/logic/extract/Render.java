package org.creativeatlas.logic.extract;

import java.util.Map;

/** Writes a run of tokens back as text, spaces as in the source (collapsed), some tokens replaced by normal forms. */
final class Render {

    private Render() {
    }

    /** The word with its first letter in capitals: a head noun written first in a name («Группа», "Inauguration"). */
    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String of(Document doc, int from, int to) {
        return of(doc, from, to, Map.of());
    }

    static String of(Document doc, int from, int to, Map<Integer, String> replace) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = doc.token(i);
            String text = replace.getOrDefault(i, t.text());
            // «ТЕАТРАЛЬНЫХ ФЕСТИВАЛЕЙ» in a headline: a word put in another case keeps its capitals (a surname in
            // capitals the replacement writes as a name, «Кульгинов», stays so)
            text = replace.containsKey(i) && text.length() > 1 && Character.isUpperCase(text.charAt(1))
                    && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)) ? text.toUpperCase(java.util.Locale.ROOT)
                    : text;
            if (text.isEmpty()) {
                continue; // a word left out of the name
            }
            if (i > from && doc.token(i - 1).end() < t.start()) {
                out.append(' ');
            }
            out.append(text);
        }
        return out.toString().trim();
    }
}
