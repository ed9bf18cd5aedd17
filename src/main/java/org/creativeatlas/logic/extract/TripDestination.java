package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * Where the subject of a sentence travels ("… Бішкек қаласына іссапар"): a destination after the actor in its
 * sentence, unless a relative clause after the actor's verb, about someone named since, holds it ("AlmaU hosted …
 * representatives of the British Council …, who were on a working visit to Almaty": AlmaU did not travel).
 */
final class TripDestination {

    /** Words that open a clause about the actor named just before them. */
    private static final Set<String> RELATIVE = Set.of("who", "which", "который", "которая", "которые", "которое");

    private TripDestination() {
    }

    /** The destination after the mention in its sentence, or null. */
    static Place after(Scan scan, Mention m) {
        Document.Sentence s = scan.doc.sentenceAt(m.from);
        boolean verb = false;
        for (int i = m.to; i < s.to(); i++) {
            String word = scan.token(i).lower();
            // a clause that opens after the actor's own verb is about someone named since; one right after a list of
            // people ("Michael Holgate, …, and Robert Taylor, …, who were on a working visit") is about them
            if (verb && RELATIVE.contains(word)) {
                return null;
            }
            verb |= scan.token(i).isCyrillic() ? Morph.ruVerbLike(word) : word.endsWith("ed") && word.length() > 4;
            Place p = scan.place(i);
            if (p != null && p.destination() && p.country() != null) {
                return p;
            }
        }
        return null;
    }
}
