package org.creativeatlas.logic.extract;

import java.util.Map;

/**
 * A role set off after a person's name by a comma or a dash ("Anastasiya Goncharova, an independent researcher"); one
 * set off after a name may add the body it is at ("… at Lomonosov Moscow State University").
 */
final class ApposedRoles {

    private final Scan scan;
    private final KazakhRoleClosings closings;
    /** The people found so far, by the token their name starts at. */
    private final Map<Integer, Mention> byStart;

    ApposedRoles(Scan scan, KazakhRoleClosings closings, Map<Integer, Mention> byStart) {
        this.scan = scan;
        this.closings = closings;
        this.byStart = byStart;
    }

    /**
     * ", [a|an|the] [adjective] title …" after a name: the end of the role phrase, or -1. A title that runs into
     * the next person's name is that person's (a list «… Асель Чынбаева, президент CIOFF Венгрии Йозеф Стигетвари»).
     */
    int end(int j) {
        return end(j, Integer.MAX_VALUE);
    }

    /**
     * "Edward A. Barzov, vice president of …": a role whose title comes within three words of the comma ("G.A.
     * Maylibayev, who emphasized … well-known writers" is a clause, no role); -1 else, or when someone's initials
     * follow inside it ("Rector … B. Orazdurdyev and Rector of …").
     */
    int near(int j) {
        return end(j, NEAR);
    }

    private static final int NEAR = 3;

    private int end(int j, int reach) {
        int end = j < scan.doc.size() ? scan.doc.sentenceAt(j).to() : j;
        if (j >= end || !scan.token(j).is(",") && !scan.token(j).isDash()) {
            return -1;
        }
        if (scan.doc.sentenceAt(j).lang() == Lang.KK) {
            return closings.end(j + 1, end);
        }
        for (int k = j + 1; k < Math.min(end, EnglishRoles.describedTo(scan, j + 1, end)); k++) {
            if (k - j > reach) {
                return -1;
            }
            if (Titles.is(scan.token(k))) {
                int stop = EnglishRoles.clauseEnd(scan, k + 1, end);
                int last = k;
                if (stop + 2 < end && scan.token(stop + 1).is("and") && Titles.is(scan.token(stop + 2))) {
                    last = stop + 2; // "Elene Toidze, co-founder, and director of the Alliance …"
                    stop = EnglishRoles.clauseEnd(scan, last + 1, end);
                }
                stop = Math.min(stop, last + PersonFinder.LONG_TITLE + 4);
                for (int x = k + 1; x < stop; x++) {
                    if (scan.token(x).isLatin() && EnglishTitleWords.afterAddress(scan, x) > 0) {
                        return x; // "prof. D.I. Razakova, Head of the Chair … Dr. Zh.M. Tolen": the next one's honorific
                    }
                    if (reach == NEAR && scan.token(x).isInitial() && x + 1 < scan.doc.size() && scan.token(x + 1).is(".")
                            && !Eponyms.honoured(scan, x + 2)) {
                        return -1;
                    }
                }
                // "…, Rector of the Azerbaijan National Conservatory Siyavush Kerimi,": the next one's name after a body
                if (reach == NEAR && stop - 3 > k && scan.nameLike(stop - 1) && scan.nameLike(stop - 2)
                        && !scan.anyTaken(stop - 2, stop) && scan.taken(stop - 3)) {
                    return -1;
                }
                return nameEnds(k, stop) ? -1 : stop;
            }
        }
        return -1;
    }

    /**
     * Russian and Kazakh put a title before the name: a role phrase ending in a Cyrillic name is the next person's;
     * so is an English one ending in a name already found after its title ("Alisher Karimov, Laureate of Daryn State
     * Youth Prize Rukhiya Baidukenova, …").
     */
    private boolean nameEnds(int title, int stop) {
        // "…, Rector of the Kazakh National Conservatory A.A. Zhudebaev,": initials and a surname close it
        if (stop - title >= 4 && scan.nameLike(stop - 1) && scan.token(stop - 2).is(".")
                && scan.token(stop - 3).isInitial() && scan.token(stop - 1).isLatin() && !Eponyms.honoured(scan, stop - 1)) {
            return true;
        }
        if (stop - title < 3 || !scan.nameLike(stop - 1) || !scan.nameLike(stop - 2)) {
            return false;
        }
        Mention there = byStart.get(stop - 2);
        boolean known = there != null && there.to == stop;
        if (scan.token(title).isLatin()) {
            // "…, Ambassador … to the Republic of Kazakhstan Saidikrom Niyozkhujaev,": a name shaped as one, not yet found
            return scan.token(stop - 1).isLatin() && (known || !scan.anyTaken(stop - 2, stop)
                    && Surnames.looksLike(scan.token(stop - 1).lower()));
        }
        return scan.token(stop - 1).isCyrillic() && scan.token(stop - 2).isCyrillic()
                && (known || !scan.anyTaken(stop - 2, stop));
    }
}
