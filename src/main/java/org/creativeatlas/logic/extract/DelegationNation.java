package org.creativeatlas.logic.extract;

/**
 * "Azerbaijani delegation includes director … Nazim Huseynov, People's Artist Vagif Mustafayev, …", «в составе
 * делегации Азербайджана …»: the people a sentence lists after a nation's delegation are of that nation, wherever the
 * delegation has come to; so are those it says represent a state («Россию на фестивале представляют Вера Румянцева
 * …», "Kazakhstan was represented by …", «Қазақстан атынан …»).
 */
final class DelegationNation {

    /** How many words from the delegation's word its nation is looked for. */
    private static final int REACH = 2;
    /** How many words before the word for representing the state is looked for. */
    private static final int REPRESENTED = 4;

    private DelegationNation() {
    }

    /** The country of the delegation named before token {@code at} in its sentence, or null. */
    static String of(Scan scan, int at) {
        Document.Sentence s = scan.doc.sentenceAt(at);
        for (int d = at - 1; d >= s.from(); d--) {
            String word = scan.token(d).lower();
            if (delegation(word)) {
                return nation(scan, d, s);
            }
            // «Қазақстан тарапынан …»: "from Kazakhstan's side", as «атынан», "on behalf of"
            if (word.startsWith("представля") || word.equals("represented") || word.equals("атынан")
                    || word.equals("atynan") || word.equals("тарапынан") || word.equals("tarapynan")) {
                return stateBefore(scan, d, Math.max(s.from(), d - REPRESENTED));
            }
        }
        return null;
    }

    /** How many words of other names («… и Наргиса Карасартова») may stand between a person and «представили». */
    private static final int LISTED = 8;

    /**
     * «Бубуйра Бектенова и Наргиса Карасартова представили Кыргызстан на … фестивале … в Узбекистане», "… represented
     * Kazakhstan": the state the people listed before the verb are said to represent, right after it; or null.
     */
    static String representing(Scan scan, int to) {
        Document.Sentence s = scan.doc.sentenceAt(to - 1);
        for (int k = to; k < Math.min(s.to() - 1, to + LISTED); k++) {
            Token t = scan.token(k);
            String word = t.lower();
            if (word.startsWith("представил") || word.equals("represented") || word.equals("represent")) {
                Place p = scan.place(k + 1);
                return p != null && p.from() == k + 1 && p.state() ? p.country() : null;
            }
            if (!t.isCapitalised() && !word.equals("и") && !word.equals("and") && !t.is(",")) {
                return null;
            }
        }
        return null;
    }

    /** How many tokens of the names listed after a person «т.б.» may stand. */
    private static final int LISTED_AFTER = 16;

    /**
     * «… Ж.Саалаев, К. Көкүлов т.б. қырғыз ақындары»: the people of a Kazakh list closed by «т.б.» (and others) and a
     * nation's word before a title in the plural are of that nation; or null.
     */
    static String closingList(Scan scan, int to) {
        Document.Sentence s = scan.doc.sentenceAt(to - 1);
        for (int k = to; k + 3 < s.to() && k - to < LISTED_AFTER; k++) {
            Token t = scan.token(k);
            if (t.lower().equals("т") && scan.token(k + 1).is(".") && scan.token(k + 2).lower().equals("б")) {
                int nation = scan.token(k + 3).is(".") ? k + 4 : k + 3;
                String country = nation + 1 < s.to() ? Gazetteer.nationWord(scan.token(nation)) : null;
                return country != null && Titles.kazakhPlural(scan.token(nation + 1)) ? country : null;
            }
            if (!t.is(",") && !t.is(".") && !t.isCapitalised()) {
                return null;
            }
        }
        return null;
    }

    /** Delegation, делегация, делегациясы in any of their forms. */
    private static boolean delegation(String lower) {
        return lower.startsWith("delegation") || lower.startsWith("делегаци") || lower.startsWith("delegatsı");
    }

    /** The state named right before the word ("Azerbaijani delegation") or right after it («делегации Азербайджана»). */
    private static String nation(Scan scan, int d, Document.Sentence s) {
        String before = stateBefore(scan, d, Math.max(s.from(), d - ownerReach(scan, d, s)));
        if (before != null) {
            return before;
        }
        int k = d + 1 < s.to() && scan.token(d + 1).is("of") ? d + 2 : d + 1;
        k = k < s.to() && scan.token(k).is("the") ? k + 1 : k;
        Place after = k < s.to() ? scan.place(k) : null;
        return after != null && after.country() != null && after.city() == null ? after.country() : null;
    }

    /** How many words may lead to a Kazakh body in the genitive before it, and end with its state. */
    private static final int OWNER_REACH = 7;

    /**
     * «Біріккен Араб Әмірліктерінің Ұлттық кітапханасы мен мұрағатының делегациясы»: the delegation of a body named in
     * the genitive is of the state that body's name opens with; its words, capitalised or joined by «мен», «және», run
     * back farther than a state's adjective.
     */
    private static int ownerReach(Scan scan, int d, Document.Sentence s) {
        if (d - 1 < s.from() || !Morph.kkGenitive(scan.token(d - 1).lower())) {
            return REACH;
        }
        int k = d - 1;
        while (k - 1 >= s.from() && d - k < OWNER_REACH && scan.token(k - 1).isWord()
                && (scan.token(k - 1).isCapitalised() || Morph.kkGenitive(scan.token(k - 1).lower())
                        || Heads.kkPossessiveForm(scan.token(k - 1).lower())
                        || scan.token(k - 1).is("мен") || scan.token(k - 1).is("және"))) {
            k--;
        }
        return d - k;
    }

    private static String stateBefore(Scan scan, int d, int from) {
        for (int k = d - 1; k >= from; k--) {
            Place p = scan.place(k);
            if (p != null && p.country() != null && p.city() == null) {
                return p.country();
            }
        }
        return null;
    }
}
