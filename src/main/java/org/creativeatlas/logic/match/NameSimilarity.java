package org.creativeatlas.logic.match;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.creativeatlas.logic.match.NameKey.Word;
import org.creativeatlas.logic.match.WordPairing.Pair;

/** Scores two names of the same type, 0..1. */
final class NameSimilarity {

    /** Names that share only some of their words are at most a "maybe", even with the same-country bonus. */
    static final double PARTIAL_CAP = 0.78;
    /**
     * Names that each keep words the other lacks ("Embassy of Japan" / "Embassy of Switzerland", "Ministry of
     * Education" / "Ministry of Economy") name two bodies of one kind, not one body: below a "maybe" even with the
     * same country and city.
     */
    static final double DISTINCT_CAP = 0.35;
    /** Two people whose given names or initials disagree: same surname, different person. */
    static final double CONFLICT = 0.2;
    /** Г.К. Шалабаева against Gulnar Shalabayeva, or Shalabayeva against G.K. Shalabayeva. */
    static final double INITIALS_ONLY = 0.78;
    /** Shalabayeva against Gulnar Shalabayeva: nothing to check the given name against. */
    static final double SURNAME_ONLY = 0.65;
    private static final double ONE_PATRONYMIC = 0.95;

    private NameSimilarity() {
    }

    /** Organisations, platforms, events: words weighted by rarity (a rare word says more than "national"). */
    static double organisation(NameKey a, NameKey b, ToDoubleFunction<String> weight) {
        if (a.words().isEmpty() || b.words().isEmpty()) {
            return 0;
        }
        WordPairing pairing = WordPairing.of(a.words(), b.words(), NameSimilarity::words);
        double matched = 0;
        for (Pair p : pairing.pairs()) {
            matched += p.similarity() * (weight.applyAsDouble(p.a().form()) + weight.applyAsDouble(p.b().form()));
        }
        double dice = matched / (total(a.words(), weight) + total(b.words(), weight));
        if (pairing.complete()) {
            return dice;
        }
        boolean bothKeepWords = !pairing.unpairedA().isEmpty() && !pairing.unpairedB().isEmpty();
        return Math.min(dice, bothKeepWords ? DISTINCT_CAP : PARTIAL_CAP);
    }

    /** People: surnames and given names in any order, initials checked against given names, gender of surnames. */
    static double person(NameKey a, NameKey b) {
        WordPairing pairing = WordPairing.of(a.words(), b.words(), NameSimilarity::personWords);
        if (pairing.pairs().isEmpty()) {
            return 0;
        }
        List<Word> extraA = pairing.unpairedA();
        List<Word> extraB = pairing.unpairedB();
        if (!extraA.isEmpty() && !extraB.isEmpty()
                || disagree(givenLetter(a, extraA), givenLetter(b, extraB))
                || disagree(secondLetter(a), secondLetter(b))) {
            return CONFLICT;
        }
        double base = pairing.pairs().stream().mapToDouble(Pair::similarity).average().orElse(0);
        if (pairing.complete()) {
            double factor = a.initials().size() == b.initials().size() ? 1 : INITIALS_ONLY;
            boolean onePatronymic = (a.patronymic() == null) != (b.patronymic() == null);
            return base * factor * (onePatronymic ? ONE_PATRONYMIC : 1);
        }
        NameKey shorter = extraA.isEmpty() ? a : b;
        return base * (shorter.initials().isEmpty() ? SURNAME_ONLY : INITIALS_ONLY);
    }

    private static double words(Word a, Word b) {
        if (a.abbreviation() || b.abbreviation()) {
            return a.form().equals(b.form()) ? 1 : 0;
        }
        return TokenSimilarity.of(a.form(), b.form());
    }

    /** Шалабаева is not Шалабаев: a feminine surname is the masculine one plus "a". */
    private static double personWords(Word a, Word b) {
        return isFeminineOf(a.form(), b.form()) || isFeminineOf(b.form(), a.form()) ? 0 : words(a, b);
    }

    private static boolean isFeminineOf(String feminine, String masculine) {
        return feminine.equals(masculine + "a")
                && (masculine.endsWith("ov") || masculine.endsWith("ev") || masculine.endsWith("in"));
    }

    /** The given name's first letter: of the first word left unpaired (the given name), else the first initial. */
    private static String givenLetter(NameKey key, List<Word> unpaired) {
        if (!unpaired.isEmpty()) {
            return unpaired.get(0).form().substring(0, 1);
        }
        return key.initials().isEmpty() ? null : key.initials().get(0);
    }

    /** The patronymic's first letter: the second initial, or the patronymic itself. */
    private static String secondLetter(NameKey key) {
        if (key.initials().size() > 1) {
            return key.initials().get(1);
        }
        return key.patronymic() == null ? null : key.patronymic().substring(0, 1);
    }

    private static boolean disagree(String x, String y) {
        return x != null && y != null && !x.equals(y);
    }

    private static double total(List<Word> words, ToDoubleFunction<String> weight) {
        return words.stream().mapToDouble(w -> weight.applyAsDouble(w.form())).sum();
    }
}
