package org.creativeatlas.logic.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.creativeatlas.logic.match.NameKey.Word;

/** The best one-to-one pairing of two names' words, most alike first; order does not matter. */
record WordPairing(List<Pair> pairs, List<Word> unpairedA, List<Word> unpairedB) {

    record Pair(Word a, Word b, double similarity) {
    }

    static WordPairing of(List<Word> a, List<Word> b, ToDoubleBiFunction<Word, Word> similarity) {
        List<Pair> candidates = new ArrayList<>();
        for (Word x : a) {
            for (Word y : b) {
                double s = similarity.applyAsDouble(x, y);
                if (s > 0) {
                    candidates.add(new Pair(x, y, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        List<Pair> pairs = new ArrayList<>();
        List<Word> freeA = new ArrayList<>(a);
        List<Word> freeB = new ArrayList<>(b);
        for (Pair p : candidates) {
            if (containsSame(freeA, p.a()) && containsSame(freeB, p.b())) {
                removeSame(freeA, p.a());
                removeSame(freeB, p.b());
                pairs.add(p);
            }
        }
        return new WordPairing(pairs, freeA, freeB);
    }

    boolean complete() {
        return unpairedA.isEmpty() && unpairedB.isEmpty();
    }

    /** Identity, not equality: a name may hold the same word twice. */
    private static boolean containsSame(List<Word> words, Word w) {
        return words.stream().anyMatch(x -> x == w);
    }

    private static void removeSame(List<Word> words, Word w) {
        words.removeIf(x -> x == w);
    }
}
