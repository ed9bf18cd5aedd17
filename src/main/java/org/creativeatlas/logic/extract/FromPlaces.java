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

    /** Words for a place's kind that may follow its name in brackets («(Атырау облысы)», «(Алматы қаласы)»). */
    private static final Set<String> PLACE_KINDS = Set.of("облысы", "қаласы", "ауданы", "область", "обл");

    /** «Ақбөкен Темір (Атырау облысы)», «Раушан Шақанава (БҚО)»: where someone listed comes from, in brackets. */
    static boolean bracketed(Scan scan, int j) {
        Place p = j + 2 < scan.doc.size() && scan.token(j).is("(") ? scan.place(j + 1) : null;
        int end = p != null && p.from() == j + 1 ? p.to() : -1;
        end = end > 0 && end < scan.doc.size() && PLACE_KINDS.contains(scan.token(end).lower()) ? end + 1 : end;
        return end > 0 && end < scan.doc.size() && scan.token(end).is(")");
    }
}
