package org.creativeatlas.logic.extract;

/**
 * «этно-фольклорная группа «Тұран»», «этно-фолк группа Hassak»: the lower-case Russian words right before the word
 * for a troupe's kind that say what kind it is, which its name keeps.
 */
final class RussianKindWords {
    /** Describing words before the kind word, at most. */
    private static final int WORDS = 2;

    private RussianKindWords() {
    }

    /** Where the describing words before the kind word at {@code word} begin: the first of them, else the word. */
    static int from(Scan scan, int word) {
        int start = scan.doc.sentenceAt(word).from();
        int k = word;
        while (k - 1 >= start && word - k < WORDS && describes(scan, k - 1)) {
            k--;
        }
        return k;
    }

    /** An adjective in lower case, or a hyphened word («этно-фолк»), that no other name has taken. */
    private static boolean describes(Scan scan, int k) {
        Token t = scan.token(k);
        return t.isCyrillic() && !t.isCapitalised() && !scan.taken(k)
                && (Morph.ruAdjectiveEnding(t.lower()) != null || t.text().contains("-"));
    }
}
