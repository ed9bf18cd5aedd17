package org.creativeatlas.logic.extract;

/**
 * "Argentinean novelist and translator Carlos Gamerro", "Chinese film director, screenwriter and producer Jia
 * Zhangke", «известный турецкий исполнитель …»: a nation's adjective opening the words of trade right before a
 * person's name, a title among them and no verb, says whose the person is.
 */
final class RoleNation {

    /** How many words back from the name the nation's adjective is looked for. */
    private static final int REACH = 8;

    private RoleNation() {
    }

    /** The adjective's place, or null when the words before the name are no such description. */
    static Place before(Scan scan, int name) {
        int start = scan.doc.sentenceAt(name).from();
        boolean title = false;
        for (int k = name - 1; k >= Math.max(start, name - REACH); k--) {
            Token t = scan.token(k);
            Place p = scan.place(k);
            boolean adjective = p != null && p.adjective() && p.country() != null && !scan.taken(k);
            // «турецких исполнителей»: a Russian nation's adjective is written in lower case
            adjective |= p != null && p.country() != null && p.city() == null && t.isCyrillic() && !t.isCapitalised()
                    && Morph.ruAdjectiveEnding(t.lower()) != null;
            if (adjective) {
                return title ? p : null;
            }
            if (!trade(scan, k, t)) {
                return envoyOf(scan, k, start);
            }
            title |= Titles.is(t);
        }
        return null;
    }

    private static final java.util.Set<String> STATE_WORDS = java.util.Set.of("the", "republic", "of");

    /** "… and from Republic of Uzbekistan Faizikhojai Mahmud, Bobur Aminov, …": "from" and a state right before a name. */
    static Place fromBefore(Scan scan, int name) {
        Place p = name > 0 ? scan.place(name - 1) : null;
        if (p == null || p.to() != name || p.country() == null || p.city() != null) {
            return null;
        }
        int k = p.from() - 1;
        while (k >= 0 && STATE_WORDS.contains(scan.token(k).lower())) {
            k--;
        }
        return k >= 0 && scan.token(k).lower().equals("from") ? p : null;
    }

    /** Kazakh "and", which joins the pair of names before a person to that person in a list. */
    private static final java.util.Set<String> KK_AND = java.util.Set.of("мен", "бен", "пен", "және");

    /**
     * «Түркиядан келген қолөнершілер – Ибрахим Кушлу мен Джумхур Айгүн»: people a Kazakh «келген» ("who came") says came
     * from a state, with at most two words of their trade and a dash between, are that state's; the state, or null.
     */
    static Place cameFrom(Scan scan, int name) {
        int k = name - 1;
        if (k >= 3 && KK_AND.contains(scan.token(k).lower()) && scan.nameLike(k - 1) && scan.nameLike(k - 2)) {
            k -= 3; // the second of a pair
        }
        k = k >= 0 && (scan.token(k).isDash() || scan.token(k).is(",")) ? k - 1 : k;
        for (int words = 0; k >= 0 && words < 2 && scan.token(k).isCyrillic() && !scan.token(k).isCapitalised()
                && !scan.token(k).lower().equals("келген"); words++) {
            k--;
        }
        Place p = k >= 1 && scan.token(k).lower().equals("келген") ? scan.place(k - 1) : null;
        return p != null && p.to() == k && p.state() && Morph.kkAblative(scan.token(k - 1).lower()) ? p : null;
    }

    /** How many words back a state's possessive may open an envoy's title ("… Representative to UNESCO Ambassador"). */
    private static final int ENVOY_REACH = 8;

    /**
     * "Kyrgyzstan's Permanent Representative to UNESCO Ambassador Sadyk Sher-Niyaz": a state in the possessive opening
     * a title of capitalised words, "to" and the body it is sent to, with an envoy's word among them, is whose the
     * envoy is, wherever the body sits; the state, or null.
     */
    private static Place envoyOf(Scan scan, int from, int start) {
        boolean envoy = false;
        for (int k = from; k >= Math.max(start, from - ENVOY_REACH); k--) {
            Token t = scan.token(k);
            Place p = scan.place(k);
            if (Morph.enPossessive(t.lower()) && p != null && p.country() != null && p.city() == null) {
                return envoy ? p : null;
            }
            envoy |= Missions.envoy(t.lower());
            if (!t.isLatin() || !t.isCapitalised() && !t.lower().equals("to") && !t.lower().equals("the")) {
                return null;
            }
        }
        return null;
    }

    /** A word that may stand in a description of trade: a title, a lower-case word, "and", a comma before a title. */
    private static boolean trade(Scan scan, int k, Token t) {
        if (scan.taken(k)) {
            return false;
        }
        if (t.is(",")) {
            // "Russian writer, script writer and playwright": the next trade may open with a word of its field
            Token next = scan.token(k + 1);
            return !next.isCapitalised() && (Titles.is(next) || next.isWord() && Titles.is(scan.token(k + 2)));
        }
        String w = t.lower();
        // "South Korean performers, tenor Mr. Kwon Hwapyeong": an honorific before the name is no word of trade
        if (MentionMerger.HONORIFICS.contains(w) || t.is(".") && k > 0
                && MentionMerger.HONORIFICS.contains(scan.token(k - 1).lower())) {
            return true;
        }
        // a verb ends the description: «таджикским зрителям представили известные деятели культуры Димаш …»
        boolean verb = t.isCyrillic() ? Morph.ruVerbLike(w) : w.endsWith("ed");
        return t.isWord() && (Titles.is(t) || w.equals("and") || w.equals("и")
                || !t.isCapitalised() && !Scan.isStopword(t) && !verb);
    }

    /**
     * «қырғыз жазушысы Мар Байджиев», «nemis aktrısasy Nastasá Kınskı», «қырғыз ұлт ақыны Г.Момунова»: a nation's word
     * in lower case (no place the text names) right before the title a Kazakh role ends in, or before «ұлт» and it,
     * says whose the person is; null if the role has none.
     */
    static String ofKazakhTitle(Scan scan, int to) {
        int word = to >= 3 && scan.token(to - 2).lower().equals("ұлт") ? to - 3 : to - 2;
        String nation = word >= 0 ? nation(scan.token(word)) : null;
        // «француздың қоюшы хореографы Шарль Жюд»: one word of the craft between the nation and the title
        nation = nation == null && word >= 1 && scan.token(word).isCyrillic() && !scan.token(word).isCapitalised()
                && Morph.kkCase(scan.token(word).lower(), 3).isEmpty() ? nation(scan.token(word - 1)) : nation;
        return nation != null && Morph.kkPossessive(scan.token(to - 1).lower()) ? nation : null;
    }

    /** A nation's word in lower case, bare or in the genitive («неміс», «француздың»); null if the token is none. */
    private static String nation(Token t) {
        String bare = Gazetteer.nationWord(t);
        String lower = t.lower();
        boolean genitive = bare == null && !t.isCapitalised() && lower.length() > 5 && Morph.kkGenitive(lower);
        Gazetteer.Entry e = genitive ? Gazetteer.get(lower.substring(0, lower.length() - 3)) : null;
        return bare != null ? bare : e != null && e.city() == null && !e.capitals() && !e.country().isEmpty()
                ? e.country() : null;
    }
}
