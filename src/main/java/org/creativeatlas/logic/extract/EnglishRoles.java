package org.creativeatlas.logic.extract;

import java.util.Set;

/** How far an English role phrase reaches around a person's name, as {@link PersonFinder} reads it. */
final class EnglishRoles {

    /** What may end a list's item after a name. */
    private static final Set<String> ITEM_ENDS = Set.of(",", "and", ".", ";", "as");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words that link the words of an English role phrase: "Deputy Minister of Culture and Tourism of the …". */
    static final Set<String> ROLE_LINKS = Set.of("of", "the", "and");

    private EnglishRoles() {
    }

    /**
     * "laureates of the republican and international contests Dinislambek Zhailaubay, …": after a title, "of" and
     * words in lower case, the first of two name words that end a list's item or the sentence; else -1.
     */
    static int nameAfterOfPhrase(Scan scan, int title, int end) {
        int k = title + 1;
        if (k + 3 >= end || !scan.token(k).lower().equals("of")) {
            return -1;
        }
        k += scan.token(k + 1).lower().equals("the") ? 2 : 1;
        int words = k;
        while (k < end && k - words < 6 && scan.token(k).isLatin() && scan.token(k).isWord()
                && !scan.token(k).isCapitalised() && (!Scan.isStopword(scan.token(k)) || scan.token(k).is("and"))) {
            k++;
        }
        boolean named = k > words && k + 1 < end && scan.nameLike(k) && scan.nameLike(k + 1)
                && scan.token(k).isLatin() && scan.token(k + 1).isLatin()
                && (k + 2 == end || ITEM_ENDS.contains(scan.token(k + 2).lower()));
        return named ? k : -1;
    }

    /** Lower-case words for a region or its government that go on with the place before them in a role. */
    private static final Set<String> PLACE_KINDS = Set.of("region", "oblast", "province", "district", "city",
            "government", "administration");

    /**
     * "Deputy Governor of Atyrau region Kairat Nurtayev", "Chairman of Astrakhan region’s government Oleg Knyazev": a
     * word for a region or its government after a place (or after another such word) goes on with the title.
     */
    static boolean placeKind(Scan scan, int j) {
        // "akim of the city of Astana Aset Isekeshev": the kind before the place's name too
        boolean ofPlace = j + 2 < scan.doc.size() && scan.token(j - 1).lower().equals("the")
                && scan.token(j + 1).lower().equals("of") && scan.place(j + 2) != null;
        return j > 0 && isPlaceKind(scan.token(j))
                && (scan.place(j - 1) != null || isPlaceKind(scan.token(j - 1)) || ofPlace);
    }

    /** "region", or "region’s" with the possessive taken off. */
    private static boolean isPlaceKind(Token t) {
        String w = t.lower();
        return PLACE_KINDS.contains(Morph.enPossessive(w) ? w.substring(0, w.length() - 2) : w);
    }

    /**
     * "Head of the Press Service – Press Secretary …", "the Director of the State Institution “National Museum” …":
     * capitalised words right after an article name a body or a thing, never a person.
     */
    static boolean afterArticle(Scan scan, int k) {
        return k > 0 && ARTICLES.contains(scan.token(k - 1).lower());
    }

    /**
     * The next comma from {@code stop}, at most twenty words on, or the sentence's end; or an "and" that opens another
     * clause ("the deputy minister of culture and he agreed …") or another person set off by a comma ("Head of
     * Partnerships at London Met and Hande Diker, “Creative Spark” Manager").
     */
    static int clauseEnd(Scan scan, int stop, int end) {
        int from = stop;
        while (stop < end && !scan.token(stop).is(",") && stop - from < 19 && !andAnother(scan, stop, end)) {
            stop++;
        }
        return stop;
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

    private static boolean andAnother(Scan scan, int k, int end) {
        if (!scan.token(k).is("and") || k + 1 >= end) {
            return false;
        }
        boolean someone = k + 3 < end && scan.nameLike(k + 1) && scan.nameLike(k + 2) && scan.token(k + 3).is(",");
        return PRONOUNS.contains(scan.token(k + 1).lower()) || someone;
    }

    /**
     * How far a title is looked for after a name and a comma: three words, or after "a", "an" every lower-case word
     * ("Gail Caig, an international creative industries policy and strategic development expert from the UK").
     */
    static int describedTo(Scan scan, int j, int end) {
        if (j >= end || !scan.token(j).lower().equals("a") && !scan.token(j).lower().equals("an")) {
            return j + 3;
        }
        int k = j + 1;
        while (k < end && k - j < 12 && scan.token(k).isWord() && scan.token(k).isLatin()
                && !scan.token(k).isCapitalised()) {
            k++;
        }
        return Math.max(k, j + 3);
    }

    private static final Set<String> DEGREES = Set.of("phd", "master", "masters", "bachelor", "degree", "diploma",
            "doctorate");

    /** "theatre scholar, PhD in Art History": the field a degree is in, capitalised as a name is. */
    static boolean degreeField(Scan scan, int from) {
        return from >= 2 && scan.token(from - 1).is("in") && DEGREES.contains(scan.token(from - 2).lower());
    }

    private static final Set<String> WORKS = Set.of("opera", "ballet", "play", "film", "novel", "poem", "symphony",
            "musical", "song", "performance", "novella", "book", "movie");

    /** "Tchaikovsky's opera Eugene Onegin": capitalised words right after a kind of work are its title, no one. */
    static boolean workTitle(Scan scan, int from) {
        Token kind = from >= 1 ? scan.token(from - 1) : null; // "the Astana Opera Galym …" is a theatre's name
        return kind != null && kind.isLatin() && !kind.isCapitalised() && WORKS.contains(kind.lower());
    }

    /**
     * As {@link #titleBefore}, or the title set off by a comma before a form of address ("Ambassador of the Republic
     * of Kazakhstan, Mr. Karimov"), which is the one named after it.
     */
    static int titleOrSetOff(Scan scan, int at) {
        int title = titleBefore(scan, at);
        return title >= 0 || at < 1 || !scan.token(at - 1).is(",")
                || !MentionMerger.HONORIFICS.contains(scan.token(at).lower()) ? title : titleBefore(scan, at - 1);
    }

    /** The title opening the English role phrase that ends right before token {@code at}, or -1. */
    static int titleBefore(Scan scan, int at) {
        int start = scan.doc.sentenceAt(at).from();
        for (int k = at - 1; k >= Math.max(start, at - 14); k--) {
            Token t = scan.token(k);
            if (Titles.is(t) && t.isLatin()) {
                return k;
            }
            // "the Consul General of the Kyrgyz Republic in Novosibirsk A.Aidarbekov": where the post is held
            boolean seat = t.lower().equals("in") && scan.place(k + 1) != null;
            if (!t.isWord() || !t.isCapitalised() && !ROLE_LINKS.contains(t.lower()) && !seat || scan.taken(k)) {
                return -1;
            }
        }
        return -1;
    }
}
