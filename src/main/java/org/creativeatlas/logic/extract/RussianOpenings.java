package org.creativeatlas.logic.extract;

/** A Russian sentence's first word is capitalised whatever it is: when it opens a name and when it only describes. */
final class RussianOpenings {

    private RussianOpenings() {
    }

    /**
     * «Выставка казахстанских художников откроется …», «Творческое пространство создано …»: an event, or a body of
     * adjectives and a head alone, whose one capital is the sentence's first word (beside the place it stands in)
     * is described, not named.
     */
    static boolean onlyCapital(Scan scan, int from, int to) {
        if (from != scan.doc.sentenceAt(from).from()) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if ((scan.token(k).isCapitalised() || scan.token(k).isLatin() || scan.token(k).isNumber())
                    && !located(scan, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * «Казахский национальный драмтеатр посетит Бишкек»: a nation's adjective opening a sentence names the body it
     * heads, as it does inside one; a state's («Казахстанский павильон») only describes it.
     */
    static boolean nation(Scan scan, int from) {
        Place p = scan.place(from);
        return p != null && p.from() == from && p.to() == from + 1 && p.country() != null && p.city() == null
                && !scan.token(from).lower().contains("стан");
    }

    /** «в Туркестане»: a place the thing stands in, which does not name it. */
    static boolean located(Scan scan, int k) {
        return scan.place(k) != null && scan.token(k - 1).lower().matches("во?");
    }
}
