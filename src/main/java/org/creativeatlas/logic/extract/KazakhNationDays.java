package org.creativeatlas.logic.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * «қырғыз киносы күндері», «тәжік мәдениеті апталығы»: the days (or week) of a nation's cinema, culture or books are
 * an event named by the nation's word and the art's, though Kazakh writes them in lower case inside a sentence.
 */
final class KazakhNationDays {
    private static final Set<String> SEASONS = Set.of("күндері", "апталығы", "аптасы");

    private KazakhNationDays() {
    }

    /** The event whose head is at {@code h}, opening two words before it with a nation's word; null if none. */
    static Mention named(Scan scan, int left, int h, Head head) {
        int k = h - 2;
        if (k < left || !SEASONS.contains(head.nominative().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Token nation = scan.token(k);
        String art = scan.token(k + 1).lower();
        // the nation's word as the gazetteer has it (қырғыз, тәжік): in lower case it is no place the text names
        Gazetteer.Entry e = nation.isCapitalised() ? null : Gazetteer.get(nation.lower());
        boolean nationWord = e != null && e.country() != null && e.city() == null && !e.capitals();
        if (!nationWord || !scan.token(k + 1).isCyrillic() || !(art.endsWith("ы") || art.endsWith("і"))) {
            return null;
        }
        Map<Integer, String> forms = Map.of(k, Render.capitalised(nation.text()), h, KazakhNames.nominative(
                scan.token(h), head));
        return new Mention(head.type(), Render.of(scan.doc, k, h + 1, forms), k, h + 1, 3);
    }
}
