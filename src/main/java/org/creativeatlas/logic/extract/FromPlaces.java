package org.creativeatlas.logic.extract;

import java.util.Set;

/** A country named after "from" / «из» right after a name, or closing a description set off after it. */
final class FromPlaces {

    static final Set<String> FROM = Set.of("from", "из");
    static final Set<String> SET_OFF = Set.of(",", "–", "—");
    /** How many lower-case words a description set off after a name may have before its "from". */
    private static final int DESCRIPTION = 6;

    /** The country named by "from [the] …" / «из …» at token i, or null. */
    static Place after(Scan scan, int i) {
        int at = i + 1 < scan.doc.size() && FROM.contains(scan.token(i).lower()) ? i + 1 : -1;
        if (at > 0 && at + 1 < scan.doc.size() && scan.token(at).lower().equals("the")) {
            at++;
        }
        Place p = at > 0 ? scan.place(at) : null;
        return p != null && p.country() != null && p.from() == at && !p.adjective() ? p : null;
    }

    /**
     * «…, мастер из Швеции», ", a designer from Italy": a description in lower-case words set off after a name, ending
     * in "from" a country; the country, or null. A description running on into a name is the next person's role
     * («…, артист театра и кино из Ирана Ризо Киёниён»).
     */
    static Place description(Scan scan, int to) {
        if (to >= scan.doc.size() || !SET_OFF.contains(scan.token(to).text())) {
            return null;
        }
        int end = Math.min(scan.doc.sentenceAt(to).to(), to + 2 + DESCRIPTION);
        for (int k = to + 1; k < end; k++) {
            Token t = scan.token(k);
            if (FROM.contains(t.lower())) {
                Place p = k > to + 1 ? after(scan, k) : null;
                return p != null && closes(scan, p) ? p : null;
            }
            if (!t.isWord() || t.isCapitalised()) {
                return null;
            }
        }
        return null;
    }

    private static boolean closes(Scan scan, Place p) {
        return p.to() >= scan.doc.sentenceAt(p.from()).to() || !scan.token(p.to()).isWord();
    }

    private FromPlaces() {
    }
}
