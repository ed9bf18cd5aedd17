package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * "the Artistic Director of the Saint Petersburg Music House, a famous cellist, People's Artist of Russia, Professor
 * Sergey Roldugin": English sets a person's titles before the name one after another, each after a comma; they are one
 * role, where the body and the state the person belongs to are named.
 */
final class EnglishTitleRuns {

    /** Words that end a run of titles going back: what comes before them is another clause or another person. */
    private static final Set<String> BOUNDS = Set.of(",", "and", ":", ";", "(", "by", "with", "from");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** The most words one title of a run may have. */
    private static final int TITLE_WORDS = 10;

    private EnglishTitleRuns() {
    }

    /** Where the run of titles ending at {@code r} (the start of the role right before the name) begins. */
    static int start(Scan scan, int r, Document.Sentence s) {
        int start = r;
        while (start - 2 >= s.from() && scan.token(start - 1).is(",") && !name(scan, start - 2, s)) {
            int k = start - 2;
            boolean titled = false;
            while (k >= s.from() && start - 1 - k <= TITLE_WORDS && !BOUNDS.contains(scan.token(k).lower())) {
                Token t = scan.token(k);
                if (!t.isLatin() || !t.isWord() && !t.is("'")) {
                    return start;
                }
                // "Addressing the ambassadors of CIS countries, Tajikistans Ambassador …": a plural names those
                // addressed, not a title of the one named
                titled |= Titles.is(t) && !t.lower().endsWith("s");
                k--;
            }
            boolean bounded = k < s.from() || BOUNDS.contains(scan.token(k).lower());
            // "Aida Balayeva, Minister of Culture, Professor …": a title set off after someone's name is theirs
            boolean afterName = k >= s.from() && scan.token(k).is(",") && name(scan, k - 1, s);
            if (!titled || !bounded || afterName) {
                return start;
            }
            start = k + 1;
        }
        while (start < r && ARTICLES.contains(scan.token(start).lower())) {
            start++;
        }
        return start;
    }

    /** Whether the two words ending at {@code k} are someone's name ("Yeraly Tugzhanov, Vice Minister …"). */
    private static boolean name(Scan scan, int k, Document.Sentence s) {
        return k - 1 >= s.from() && scan.nameLike(k) && scan.nameLike(k - 1);
    }
}
