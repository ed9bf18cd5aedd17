package org.creativeatlas.logic.extract;

import java.util.Set;

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
        if (russianAroundKazakhNames(text, from, to)) {
            return RU;
        }
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

    /**
     * «побывали депутаты Мажилиса Парламента РК Жанарбек Әшімжан, Қазыбек Иса и другие»: a Russian paragraph may name
     * Kazakh people in their own letters; where no word in lower case holds a Kazakh letter and Russian's own short
     * words (и, в, на …), which Kazakh never writes, join the rest, the paragraph is Russian.
     */
    private static boolean russianAroundKazakhNames(CharSequence text, int from, int to) {
        int russian = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && Character.isLetter(text.charAt(i))) {
                continue;
            }
            if (i > start && Character.isLowerCase(text.charAt(start))) {
                String word = text.subSequence(start, i).toString();
                if (word.chars().anyMatch(c -> isKazakhLetter((char) c))) {
                    return false;
                }
                russian += RUSSIAN_WORDS.contains(word) ? 1 : 0;
            }
            start = i + 1;
        }
        return russian >= RUSSIAN_WORDS_NEEDED;
    }

    private static final Set<String> RUSSIAN_WORDS = Set.of("и", "в", "во", "на", "с", "по",
            "для", "из", "что", "как", "к", "от", "о", "об", "также", "которые", "который", "это", "при", "или");
    private static final int RUSSIAN_WORDS_NEEDED = 3;

    static boolean isKazakhLetter(char c) {
        return KAZAKH_LETTERS.indexOf(c) >= 0;
    }
}
