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

    /** A troupe's head, or the house of a "publishing house", whose name keeps its kind as «издательство «X»» does. */
    static boolean is(Scan scan, int h) {
        return TROUPES.contains(scan.token(h).lower())
                || h > 0 && scan.token(h).lower().equals("house") && scan.token(h - 1).lower().equals("publishing");
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
