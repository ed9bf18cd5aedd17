package org.creativeatlas.logic.extract.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** Cuts a tokenised, annotated document into sentence samples and keeps one layer of its nested entities. */
final class Sentences {

    private static final Set<String> ENDS = Set.of(".", "!", "?", "…");
    private static final Set<String> NEEDS_A_PROPER_WORD = Set.of(Corpus.ORGANISATION, Corpus.EVENT, Corpus.FACILITY);

    private Sentences() {
    }

    /**
     * Outermost entities first; an organisation, event or facility without a proper word (a capital that is not an
     * inner place, a Latin word, a quotation mark) is dropped for what it holds.
     */
    static List<Span> outermostNames(String text, List<int[]> tokens, List<Span> entities) {
        List<Span> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Span::getStart).thenComparing(s -> -s.getEnd()));
        List<Span> kept = new ArrayList<>();
        for (Span s : sorted) {
            if (NEEDS_A_PROPER_WORD.contains(s.getType()) && !proper(text, tokens, s, sorted)) {
                continue;
            }
            if (kept.stream().noneMatch(k -> k.intersects(s))) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static boolean proper(String text, List<int[]> tokens, Span s, List<Span> all) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            String w = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
            char c = w.charAt(0);
            int at = i;
            boolean inPlace = all.stream().anyMatch(o -> o != s && o.getType().equals(Corpus.PLACE)
                    && o.getStart() <= at && at < o.getEnd());
            if ("«\"“„".indexOf(c) >= 0 || Character.isLetter(c) && (Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.LATIN || Character.isUpperCase(c) && !inPlace)) {
                return true;
            }
        }
        return false;
    }

    /** Sentences end at a line break or after . ! ? before a capital; an entity is never cut. */
    static List<NameSample> samples(String text, List<int[]> tokens, List<Span> names) {
        List<NameSample> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            boolean end = last || text.substring(tokens.get(i)[1], tokens.get(i + 1)[0]).contains("\n")
                    || ENDS.contains(text.substring(tokens.get(i)[0], tokens.get(i)[1]))
                    && Character.isUpperCase(text.charAt(tokens.get(i + 1)[0]));
            int cut = i + 1;
            if (end && names.stream().noneMatch(n -> n.getStart() < cut && n.getEnd() > cut)) {
                out.add(sample(text, tokens, names, start, cut, out.isEmpty()));
                start = cut;
            }
        }
        return out;
    }

    private static NameSample sample(String text, List<int[]> tokens, List<Span> names, int from, int to,
                                     boolean first) {
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            words[i - from] = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
        }
        List<Span> inside = new ArrayList<>();
        for (Span n : names) {
            if (n.getStart() >= from && n.getEnd() <= to) {
                inside.add(new Span(n.getStart() - from, n.getEnd() - from, n.getType()));
            }
        }
        return new NameSample(words, inside.toArray(Span[]::new), first);
    }
}
