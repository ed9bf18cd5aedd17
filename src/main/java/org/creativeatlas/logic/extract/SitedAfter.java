package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * "the first Italian Cultural Institute of Central Asia opened in Almaty", «… открылся в Бишкеке»: a body said right
 * after its name to have opened, or to be based, in a place is there, whatever nation its name is of.
 */
final class SitedAfter {

    private static final Set<String> VERBS = Set.of("opened", "located", "based", "situated", "headquartered",
            "открылся", "открылась", "открылось", "расположен", "расположена", "расположенный", "расположенная");
    private static final Set<String> AUXILIARIES = Set.of("was", "is", "has", "been", "which", "that");
    private static final Set<String> IN = Set.of("in", "в", "во");

    private SitedAfter() {
    }

    /** The place a body whose name ends before {@code to} is said right after to be sited in, or null. */
    static Place of(Scan scan, int to) {
        int end = to < scan.doc.size() ? scan.doc.sentenceAt(to).to() : to;
        int k = to;
        while (k < end && k - to < 2 && AUXILIARIES.contains(scan.token(k).lower())) {
            k++;
        }
        if (k + 2 >= end || !VERBS.contains(scan.token(k).lower()) || !IN.contains(scan.token(k + 1).lower())) {
            return null;
        }
        Place p = scan.place(k + 2);
        return p != null && p.from() == k + 2 && p.country() != null && !p.adjective() ? p : null;
    }
}
