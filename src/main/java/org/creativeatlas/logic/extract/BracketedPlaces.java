package org.creativeatlas.logic.extract;

/** A place in brackets right after a name, which is where that actor is from. */
final class BracketedPlaces {

    /** The most tokens a bracket after a name runs to. */
    private static final int BRACKET = 10;

    private BracketedPlaces() {
    }

    /**
     * "DW Akademie (Германия)", "(Караганда, Казахстан)", "(Шеф редактор агенства Metropoles, Бразилия)": a place
     * alone in brackets right after a name, or closing them after a comma, is that actor's.
     */
    static Place after(Scan scan, int to) {
        if (to + 2 >= scan.doc.size()) {
            return null;
        }
        int close = to + 1;
        while (close < scan.doc.size() && close - to <= BRACKET && !scan.token(close).is(")")) {
            close++;
        }
        boolean closed = scan.token(to).is("(") && close < scan.doc.size() && scan.token(close).is(")");
        Place p = closed ? scan.place(close - 1) : null;
        return p != null && p.country() != null && p.to() == close
                && (p.from() == to + 1 || scan.token(p.from() - 1).is(",")) ? p : null;
    }
}
