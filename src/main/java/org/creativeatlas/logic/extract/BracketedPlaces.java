package org.creativeatlas.logic.extract;

/** A place in brackets right after a name, which is where that actor is from. */
final class BracketedPlaces {

    /** The most tokens a bracket after a name runs to. */
    private static final int BRACKET = 10;

    /** Words for a place's kind that may follow its name in the brackets. */
    private static final java.util.Set<String> PLACE_KINDS = java.util.Set.of("облысы", "қаласы", "ауданы", "область",
            "обл");

    private BracketedPlaces() {
    }

    /** «облысы», «ауданы»: a word for a place's kind, which says the word before it names a place. */
    static boolean placeKind(Token t) {
        return PLACE_KINDS.contains(t.lower());
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
        // «(Атырау облысы)», «(Алматы қаласы)»: the word for the place's kind may follow its name
        int last = closed && placeKind(scan.token(close - 1)) ? close - 1 : close;
        Place p = closed ? scan.place(last - 1) : null;
        // "Urazaeva K.B. ( the Republic of Kazakhstan)": an article may open the bracket
        boolean opens = p != null
                && (p.from() == to + 1 || p.from() == to + 2 && scan.token(to + 1).lower().equals("the"));
        return p != null && p.country() != null && p.to() == last && (opens || scan.token(p.from() - 1).is(",")) ? p
                : null;
    }

    private static final java.util.Set<String> AND = java.util.Set.of("and", "и", "және");

    /**
     * "Chinara Adamkulova and Arsen Akhunbaev (KNU, Kyrgyzstan)": where the bracket after a name starts, past another
     * name joined to it by "and" that the bracket closes too; the name's end otherwise.
     */
    static int sharedBracket(Scan scan, int to) {
        if (to >= scan.doc.size() || !AND.contains(scan.token(to).lower())) {
            return to;
        }
        int k = to + 1;
        while (k < scan.doc.size() && k - to <= 3 && scan.nameLike(k)) {
            k++;
        }
        return k - to >= 3 && k < scan.doc.size() && scan.token(k).is("(") ? k : to;
    }

    /** "(KNU, Kyrgyzstan)": a state closing the brackets a body's name opens, after a comma, is that body's. */
    static Place closingBodys(Scan scan, int from, int to) {
        if (from < 1 || to + 2 >= scan.doc.size() || !scan.token(from - 1).is("(") || !scan.token(to).is(",")) {
            return null;
        }
        Place p = scan.place(to + 1);
        return p != null && p.from() == to + 1 && p.country() != null && p.to() < scan.doc.size()
                && scan.token(p.to()).is(")") ? p : null;
    }

    /**
     * "the Center … of the University of Chicago, USA.": a state set off by a comma after an English body's name, closing
     * the sentence, says where the body is.
     */
    static Place setOffAfter(Scan scan, int to) {
        if (to + 1 >= scan.doc.size() || !scan.token(to).is(",") || !scan.token(to - 1).isLatin()) {
            return null;
        }
        Place p = scan.place(to + 1);
        int end = scan.doc.sentenceAt(to).to();
        return p != null && p.from() == to + 1 && p.state()
                && (p.to() >= end || p.to() + 1 == end && scan.token(p.to()).is(".")) ? p : null;
    }

    /** How far back inside its bracket a listed body's opening bracket is looked for. */
    private static final int LIST = 30;

    /**
     * "… the Kyrgyz Republic (KNU, KSU named after I. Arabaev, KSMA, …)": bodies listed in brackets right after a
     * state are that state's; the state, or null.
     */
    static Place listedUnder(Scan scan, int from) {
        for (int k = from - 1; k >= Math.max(1, from - LIST); k--) {
            Token t = scan.token(k);
            if (t.is(")")) {
                return null;
            }
            if (t.is("(")) {
                Place p = scan.place(k - 1);
                return p != null && p.to() == k && p.state() ? p : null;
            }
        }
        return null;
    }
}
