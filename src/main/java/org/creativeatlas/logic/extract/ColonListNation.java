package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * «в исполнении лучших голосов российской оперы: Ивана Гынгазова, Венеры Гимадиевой, Полины Шамаевой»: the people of a
 * list run on after a colon in one sentence are of the one nation the words right before the colon name.
 */
final class ColonListNation {

    /** Words joining the names of a list. */
    private static final Set<String> JOINS = Set.of(",", "и", "and", ".", "-");
    /** How many tokens of earlier names may stand between the colon and a person. */
    private static final int LISTED = 24;
    /** How many words before the colon its nation is looked for. */
    private static final int LEAD = 4;

    private ColonListNation() {
    }

    /** The country of the one nation the lead-in before the colon opening the list at {@code at} names, or null. */
    static String of(Scan scan, int at) {
        Document.Sentence s = scan.doc.sentenceAt(at);
        int k = at - 1;
        while (k > s.from() && at - k <= LISTED && !scan.token(k).is(":")) {
            Token t = scan.token(k);
            if (!(t.isWord() && t.isCapitalised() || JOINS.contains(t.lower())) || scan.place(k) != null) {
                return null;
            }
            k--;
        }
        if (k <= s.from() || !scan.token(k).is(":")) {
            return null;
        }
        return ListNation.oneNation(scan, Math.max(s.from(), k - LEAD), k);
    }
}
