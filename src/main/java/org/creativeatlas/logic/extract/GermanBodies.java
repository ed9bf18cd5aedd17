package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * "Hochschule Mittweida", "Technische Hochschule Wildau", "Hochschule Zittau/Görlitz": German universities, kept in
 * German on English pages, put their town or their own name after the head, where English puts "of".
 */
final class GermanBodies {

    private static final Set<String> HEADS = Set.of("hochschule", "universität", "fachhochschule");

    private GermanBodies() {
    }

    /** The end of the capitalised words, joined by slashes, right after a German head at h; h + 1 if none. */
    static int nameAfter(Scan scan, int h, int end) {
        if (!HEADS.contains(scan.token(h).lower())) {
            return h + 1;
        }
        int k = h + 1;
        while (k < end && scan.token(k).isCapitalised() && scan.token(k).isLatin() && !scan.taken(k)
                && Heads.of(scan.token(k), Lang.EN) == null) {
            k++;
            if (k + 1 < end && scan.token(k).is("/") && scan.token(k + 1).isCapitalised()) {
                k++;
            }
        }
        return k;
    }
}
