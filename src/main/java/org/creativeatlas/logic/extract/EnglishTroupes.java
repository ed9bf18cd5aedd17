package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * "ethno-folk group Hassak", "folklore and ethnographic ensemble Turan": an English troupe named after the word for its
 * kind keeps that word and the lower-case words before it that say what kind.
 */
final class EnglishTroupes {
    private static final Set<String> TROUPES = Set.of("group", "ensemble", "band", "collective", "choir", "trio",
            "quartet", "orchestra");
    /** Lower-case words before the head that say its kind, at most. */
    private static final int KIND_WORDS = 4;

    private EnglishTroupes() {
    }

    static boolean is(Token head) {
        return TROUPES.contains(head.lower());
    }

    /** The troupe's head and the lower-case words before it that say its kind ("folklore and ethnographic"). */
    static int kindFrom(Scan scan, int h, Document.Sentence s) {
        int from = h;
        while (from - 1 > s.from() && h - from < KIND_WORDS && scan.token(from - 1).isLatin()
                && scan.token(from - 1).isWord() && !scan.token(from - 1).isCapitalised() && !scan.taken(from - 1)
                && (!Scan.isStopword(scan.token(from - 1)) || scan.token(from - 1).lower().equals("and"))
                && Heads.of(scan.token(from - 1), Lang.EN) == null) {
            from--;
        }
        return scan.token(from).lower().equals("and") ? from + 1 : from;
    }
}
