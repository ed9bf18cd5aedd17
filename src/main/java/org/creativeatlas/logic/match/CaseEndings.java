package org.creativeatlas.logic.match;

import java.util.Set;

/**
 * Tells whether two words are forms of one word under Russian and Kazakh case, number and possessive endings:
 * университеті ~ университетінің, Министерство ~ Министерством, Аманалиев ~ Аманалиевым. Works on skeletons
 * ({@link Transliterator}) so it holds across scripts. Rather than guess one stem per word, which endings that
 * overlap make unreliable, it looks for a common stem of at least {@link #MIN_STEM} letters after which both words
 * continue only with known endings.
 */
final class CaseEndings {

    static final int MIN_STEM = 4;

    /** Endings in skeleton spelling (ы, і, й → i; я → ia; ю → iu; х → h; ң → n). */
    private static final Set<String> ENDINGS = Set.of(
            // Russian noun and adjective endings
            "a", "e", "i", "o", "u", "ia", "iu", "ie", "oe", "oi", "ei", "ih", "im", "om", "em", "am", "ah", "ami",
            "iami", "iah", "iam", "ogo", "ego", "omu", "emu", "imi", "iei",
            // Kazakh possessive, cases, plural, and the locative adjective -дағы
            "si", "n", "in", "nin", "din", "tin", "ni", "di", "ti", "ga", "ge", "ka", "ke", "na", "ne", "da", "de",
            "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "nan", "nen", "men", "ben", "pen", "lar", "ler",
            "dar", "der", "tar", "ter", "dagi", "degi", "tagi", "tegi");
    private static final int LONGEST = 4;

    private CaseEndings() {
    }

    static boolean sameWord(String a, String b) {
        int common = 0;
        int shorter = Math.min(a.length(), b.length());
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        for (int stem = common; stem >= MIN_STEM; stem--) {
            if (onlyEndings(a, stem) && onlyEndings(b, stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word from {@code from} on is a row of endings (or nothing). */
    static boolean onlyEndings(String word, int from) {
        boolean[] reachable = new boolean[word.length() + 1];
        reachable[from] = true;
        for (int i = from; i < word.length(); i++) {
            if (!reachable[i]) {
                continue;
            }
            for (int len = 1; len <= LONGEST && i + len <= word.length(); len++) {
                if (ENDINGS.contains(word.substring(i, i + len))) {
                    reachable[i + len] = true;
                }
            }
        }
        return reachable[word.length()];
    }
}
