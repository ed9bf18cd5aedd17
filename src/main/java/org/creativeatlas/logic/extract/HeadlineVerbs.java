package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * "The Poet of Poets Rudaki Turns 1150": English headlines capitalise their verbs, so a name followed by one reads
 * like a person's two names; the verb is no surname.
 */
final class HeadlineVerbs {

    private static final Set<String> VERBS = Set.of("turns", "talks", "opens", "wins", "says", "meets", "visits",
            "calls", "takes", "joins", "holds", "hosts", "presents", "launches", "celebrates", "receives", "signs",
            "shares", "returns", "becomes", "speaks", "tells", "unveils", "attends", "discusses", "honours", "honors");

    private HeadlineVerbs() {
    }

    /** Whether the Latin token before {@code to} is a headline's capitalised verb. */
    static boolean closes(Scan scan, int to) {
        Token t = scan.token(to - 1);
        return t.isLatin() && t.isCapitalised() && VERBS.contains(t.lower());
    }
}
