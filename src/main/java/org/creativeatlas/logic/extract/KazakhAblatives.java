package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * Where a Kazakh text says people came from: a state in the ablative right after their name («Құлмахан Дүйсенов
 * Өзбекстан Республикасынан қатысты»), or before the names it introduces, itself or as a nation's country («көрші
 * қырғыз елінен Асылбек Маратов пен Болот Назаров келсе»).
 */
final class KazakhAblatives {

    /** «елінен», «жерінен»: from the country, from the land (of a nation named before). */
    private static final Set<String> LANDS = Set.of("елінен", "жерінен");

    private KazakhAblatives() {
    }

    /** The code of the state a Kazakh person at tokens [from, to) came from, or null. */
    static String of(Scan scan, int from, int to) {
        if (scan.doc.sentenceAt(from).lang() != Lang.KK) {
            return null;
        }
        Place after = to < scan.doc.size() ? scan.place(to) : null;
        if (state(scan, after) && after.from() == to) {
            return after.country();
        }
        int k = from - 1;
        int start = scan.doc.sentenceAt(from).from();
        // the second of two people joined by «пен» came from where the first did
        String and = k >= start ? scan.token(k).lower() : "";
        boolean joined = KazakhNames.CONJUNCTIONS.contains(and) || and.equals("және");
        if (k - 2 >= start && joined && scan.nameLike(k - 1) && scan.nameLike(k - 2)) {
            k -= 3;
        }
        if (k < start) {
            return null;
        }
        Place before = scan.place(k);
        if (state(scan, before) && before.to() == k + 1) {
            return before.country();
        }
        return k - 1 >= start && LANDS.contains(scan.token(k).lower()) ? Gazetteer.nationWord(scan.token(k - 1)) : null;
    }

    /** A state in the ablative, not one whose own name ends as an ablative does («Татарстан», «Тәжікстан»). */
    private static boolean state(Scan scan, Place p) {
        String last = p == null ? "" : scan.token(p.to() - 1).lower();
        return p != null && p.state() && Morph.kkAblative(last) && Gazetteer.get(last) == null;
    }
}
