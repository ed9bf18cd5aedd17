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

    /**
     * «Сердар Азмун – иранский футболист туркменского происхождения»: a description set off after a name that opens
     * with a nation's adjective before the person's calling; that nation, or null. Whose body it names is no such
     * description («…, казахский национальный университет»).
     */
    static Place nation(Scan scan, int to) {
        if (to + 2 >= scan.doc.size() || !SET_OFF.contains(scan.token(to).text())) {
            return null;
        }
        int at = ARTICLES.contains(scan.token(to + 1).lower()) ? to + 2 : to + 1;
        Place p = scan.place(at);
        int end = scan.doc.sentenceAt(to).to();
        if (p == null || p.from() != at || p.city() != null || p.country() == null || p.to() >= end
                || !(p.adjective() || scan.token(at).isCyrillic() && !scan.token(at).isCapitalised())) {
            return null;
        }
        Token calling = scan.token(p.to());
        return calling.isWord() && !calling.isCapitalised() && Heads.of(calling, scan.doc.sentenceAt(to).lang()) == null
                ? p : null;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an");

    private static boolean closes(Scan scan, Place p) {
        return p.to() >= scan.doc.sentenceAt(p.from()).to() || !scan.token(p.to()).isWord();
    }

    /**
     * "participants are from Uzbekistan, including photographer Bekzod Boltaev": where people come from, unless the
     * "from" follows another name, whose it is ("the group ‘Atameken’ from Kazakhstan").
     */
    static boolean comeFrom(Scan scan, int place) {
        int before = place > 0 && scan.token(place - 1).is("the") ? place - 1 : place; // "guests from the Republic of …"
        if (before < 2 || !FROM.contains(scan.token(before - 1).lower())) {
            return false;
        }
        return scan.token(before - 2).isWord() && !scan.taken(before - 2);
    }

    /**
     * «спектакль … поставил режиссер Олим Салимов из Узбекистана»: a place after «из» / "from" right after another
     * name is where that one comes from, not where this actor is.
     */
    static boolean afterName(Scan scan, int place, Mention m) {
        int from = place - 1;
        return from >= 1 && FROM.contains(scan.token(from).lower()) && scan.taken(from - 1)
                && (from - 1 < m.from || from - 1 >= m.to);
    }

    private FromPlaces() {
    }
}
