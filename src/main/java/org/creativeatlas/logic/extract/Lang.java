package org.creativeatlas.logic.extract;

/** The three languages of the documents, told apart by their letters. */
enum Lang {
    EN, RU, KK;

    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    /** How many times the Cyrillic letters the Latin ones must outnumber for a paragraph to be English whatever else. */
    private static final int ENGLISH_SHARE = 10;

    /**
     * Kazakh if its own letters make up at least 1% of the Cyrillic ones, else Russian if Cyrillic outweighs Latin.
     * Letters inside quotes («», "", “”) are left out of the Kazakh count: a Russian sentence may quote a Kazakh title
     * («Астана кештері», "Астана кештері").
     */
    static Lang of(CharSequence text, int from, int to) {
        int cyrillic = 0;
        int latin = 0;
        int kazakh = 0;
        int quoted = 0;
        boolean straight = false;
        int inQuotes = 0;
        int kazakhInQuotes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            quoted += c == '«' || c == '“' ? 1 : (c == '»' || c == '”') && quoted > 0 ? -1 : 0;
            straight ^= c == '"';
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                latin++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                boolean in = quoted > 0 || straight;
                inQuotes += in ? 1 : 0;
                kazakhInQuotes += in && isKazakhLetter(c) ? 1 : 0;
                kazakh += !in && isKazakhLetter(c) ? 1 : 0;
            }
        }
        if (inQuotes * 2 > cyrillic) {
            kazakh += kazakhInQuotes; // a paragraph that is mostly a quoted speech is in the speech's language
        }
        if (latin > ENGLISH_SHARE * cyrillic) {
            return EN; // "… – Mұқan Amangeldі Orazbayұly;": Kazakh letters strayed into an English paragraph's names
        }
        if (kazakh > 0 && kazakh * 100 >= cyrillic) {
            return KK;
        }
        return cyrillic > latin ? RU : EN;
    }

    static boolean isKazakhLetter(char c) {
        return KAZAKH_LETTERS.indexOf(c) >= 0;
    }
}
