package org.creativeatlas.logic.extract;

/** A town's or a village's name that is someone's first name, though the gazetteer knows it as a place. */
final class PlaceFirstNames {

    private PlaceFirstNames() {
    }

    /**
     * «жауапты хатшысы Жамбыл Нәтбаев»: a place's one-word name right before a lone surname is a first name; so is a
     * village's right after the title, before one more name word («елшісі Марғұлан Баймұхан»).
     */
    static boolean before(Scan scan, int k, int j) {
        Place p = k > 0 ? scan.place(k - 1) : null;
        boolean afterTitle = p != null && k - 2 >= 0 && Titles.is(scan.token(k - 2)) && !p.state();
        return j - k == 1 && p != null && p.from() == k - 1 && p.to() == k && !scan.taken(k - 1)
                && scan.token(k - 1).isCapitalised() && (Surnames.looksLike(scan.token(k).lower()) || afterTitle);
    }
}
