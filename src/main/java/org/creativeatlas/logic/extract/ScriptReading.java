package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A Kazakh text in Latin or Arabic letters read through its Cyrillic spelling, so that the Kazakh rules, model and
 * gazetteer apply to it; and the way back: found names in the text's own spelling, their passages at its offsets.
 */
final class ScriptReading {

    /** The text in Cyrillic letters. */
    final String cyrillic;
    private final String text;
    /** Where each Cyrillic character (and the end) stands in the text. */
    private final int[] origin;
    /** Each Cyrillic word of the reading and where it first starts, to give a name back its own spelling. */
    private final TreeMap<String, Integer> words = new TreeMap<>();
    /** Spells a Cyrillic ending the text never wrote, or a mark of punctuation, in the text's letters. */
    private final UnaryOperator<String> spell;

    ScriptReading(String text, String cyrillic, int[] origin, UnaryOperator<String> spell) {
        this.text = text;
        this.cyrillic = cyrillic;
        this.origin = Arrays.copyOf(origin, cyrillic.length() + 1);
        this.spell = spell;
        int start = -1;
        for (int i = 0; i <= cyrillic.length(); i++) {
            boolean letter = i < cyrillic.length() && Character.isLetter(cyrillic.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.putIfAbsent(cyrillic.substring(start, i), start);
                start = -1;
            }
        }
    }

    /** The candidates found in the Cyrillic reading, with the text's own names and offsets. */
    List<Candidate> back(List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            List<String> variants = c.variants().stream().map(this::original).toList();
            List<Candidate.Span> passages = c.passages().stream()
                    .map(p -> new Candidate.Span(origin[p.start()], origin[p.end()])).toList();
            out.add(new Candidate(c.type(), original(c.name()), variants, c.country(), c.city(), original(c.role()),
                    original(c.affiliation()), c.date(), passages, c.confidence()));
        }
        return out;
    }

    /**
     * A name of the Cyrillic reading in the text's letters: each word as the text writes it, or, when the name changed
     * its ending (the nominative of «академиясының»), the text's spelling of the longest shared beginning and the new
     * ending spelt letter by letter.
     */
    String original(String cyr) {
        if (cyr == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(cyr.length());
        int i = 0;
        while (i < cyr.length()) {
            if (!Character.isLetter(cyr.charAt(i))) {
                out.append(spell.apply(String.valueOf(cyr.charAt(i++)))); // the text's own comma («،»)
                continue;
            }
            int end = i;
            while (end < cyr.length() && Character.isLetter(cyr.charAt(end))) {
                end++;
            }
            out.append(word(cyr.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    private String word(String w) {
        Integer at = words.get(w);
        if (at != null) {
            return text.substring(origin[at], origin[at + w.length()]);
        }
        // the word sharing the longest beginning with w sorts right before or right after it
        int best = 0;
        int bestAt = -1;
        for (Map.Entry<String, Integer> e : Arrays.asList(words.lowerEntry(w), words.higherEntry(w))) {
            int shared = e == null ? 0 : shared(w, e.getKey());
            if (shared > best) {
                best = shared;
                bestAt = e.getValue();
            }
        }
        if (best < 3) {
            return spell.apply(w);
        }
        return text.substring(origin[bestAt], origin[bestAt + best]) + spell.apply(w.substring(best));
    }

    private static int shared(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
