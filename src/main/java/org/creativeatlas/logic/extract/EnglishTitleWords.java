package org.creativeatlas.logic.extract;

/** Words that go on with an English title before the name it is of, and forms of address between them. */
final class EnglishTitleWords {

    private EnglishTitleWords() {
    }

    /**
     * "Ambassador to Kazakhstan Michael Gifford", "… of China in Turkmenistan Sun Weidong", "… in our country Sun
     * Lizi": "to" or "in" and a place go on with the title ("to debate" does not).
     */
    static boolean sentTo(Scan scan, int j, int end) {
        String w = scan.token(j).lower();
        if (w.equals("to") || w.equals("in")) {
            // "… of Uzbekistan to the Republic of Kazakhstan Saidikrom Niyozkhujaev"
            int at = j + 2 < end && scan.token(j + 1).lower().equals("the") ? j + 2 : j + 1;
            return at < end && (scan.place(at) != null || ourCountry(scan, at, end));
        }
        return w.equals("our") && ourCountry(scan, j, end) && sentTo(scan, j - 1, end)
                || w.equals("country") && j >= 2 && ourCountry(scan, j - 1, end) && sentTo(scan, j - 2, end);
    }

    private static boolean ourCountry(Scan scan, int j, int end) {
        return j + 1 < end && scan.token(j).lower().equals("our") && scan.token(j + 1).lower().equals("country");
    }

    /**
     * "Minister of Culture, Information and Youth Policy Mirbek Mambetaliev": a comma between the fields of one role,
     * in a list that "and" (or "&") closes within a few capitalised words, with or without a comma before it
     * ("Minister of Culture, Information, and Youth Policy of Kyrgyzstan Mirbek Mambetaliev").
     */
    static boolean fieldList(Scan scan, int j, int end) {
        if (!scan.token(j).is(",") || !ofBefore(scan, j)) {
            return false;
        }
        // ", and" right after a name closes a list of people, unless a comma of fields came just before
        boolean field = j > 2 && scan.token(j - 1).isCapitalised()
                && (scan.token(j - 2).is(",") || scan.token(j - 3).is(",") && scan.token(j - 2).isCapitalised());
        for (int k = j + 1; k < Math.min(end, j + 7); k++) {
            Token t = scan.token(k);
            if (t.is("and") || t.is("&")) {
                return field;
            }
            if (t.is(",") && scan.token(k - 1).isCapitalised()) {
                continue;
            }
            if (!t.isLatin() || !t.isCapitalised() || !t.isWord() || Titles.is(t)) {
                return false;
            }
            field = true;
        }
        return false;
    }

    /** A role's fields follow its "of" ("Minister of Culture, …"); a list of prizes ("Best Actress, …") has none. */
    private static boolean ofBefore(Scan scan, int j) {
        for (int k = j - 1; k >= Math.max(0, j - 6); k--) {
            if (scan.token(k).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** "Akim (Mayor) of Astana Zhenis Kassymbek": a one-word gloss in brackets after a title is skipped. */
    static int glossEnd(Scan scan, int j, int end) {
        boolean gloss = j + 2 < end && scan.token(j).is("(") && scan.token(j + 1).isWord() && scan.token(j + 2).is(")");
        return gloss ? j + 3 : j;
    }

    /**
     * "President of the Republic of Kazakhstan, Honorable Kassym-Jomart Tokayev", "…, respected Emomali Rahmon": where
     * the name starts after a form of address.
     */
    static int honorificEnd(Scan scan, int j, int end) {
        String w = j < end ? scan.token(j).lower() : "";
        if (w.equals("honorable") || w.equals("honourable") || w.equals("respected")) {
            return j + 1;
        }
        boolean excellency = (w.equals("his") || w.equals("her")) && j + 1 < end
                && scan.token(j + 1).lower().equals("excellency");
        return excellency ? j + 2 : j;
    }

    static boolean chainWord(Token t) {
        return t.isCapitalised() || EnglishRoles.ROLE_LINKS.contains(t.lower());
    }

    /**
     * Where the name starts after a form of address at i: "Ms. Rebeca Grynspan", "Former President, H.E. Roza
     * Otunbayeva" (His or Her Excellency, no initials), "H.E. Dr. Zubaydullo Zubaydov"; or -1.
     */
    static int afterAddress(Scan scan, int i) {
        int name = honorific(scan, i) ? i + 2 : excellency(scan, i) ? i + 4 : malay(scan, i);
        return name > 0 && honorific(scan, name) ? name + 2 : name;
    }

    /** Malaysia's titles of honour, written before the name with no full stop. */
    private static final java.util.Set<String> MALAY = java.util.Set.of("dato", "datuk", "datin");

    /**
     * "the rector of the University of Malaysia Terengganu Dato Mazlan Abd Ghaffar": where the name starts after a
     * Malaysian title ("Dato'", "Tan Sri"), which no body's name runs on to; or -1.
     */
    private static int malay(Scan scan, int i) {
        Token t = scan.token(i);
        int name = MALAY.contains(t.lower()) ? i + 1
                : t.is("Tan") && i + 1 < scan.doc.size() && scan.token(i + 1).is("Sri") ? i + 2 : -1;
        name = name > 0 && name < scan.doc.size() && scan.token(name).is("'") ? name + 1 : name;
        name = name > 0 && name + 1 < scan.doc.size() && scan.token(name).is("Sri") ? name + 1 : name; // "Dato' Sri"
        return name > 0 && name < scan.doc.size() && scan.token(name).isCapitalised() && t.isCapitalised() ? name : -1;
    }

    private static boolean honorific(Scan scan, int i) {
        return i + 2 < scan.doc.size() && MentionMerger.HONORIFICS.contains(scan.token(i).lower())
                && scan.token(i + 1).is(".");
    }

    private static boolean excellency(Scan scan, int i) {
        return i + 4 < scan.doc.size() && scan.token(i).is("H") && scan.token(i + 1).is(".")
                && scan.token(i + 2).is("E") && scan.token(i + 3).is(".");
    }
}
