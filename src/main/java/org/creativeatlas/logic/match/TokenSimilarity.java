package org.creativeatlas.logic.match;

/**
 * How alike two words (skeletons) are, 0..1: equal; the same word in another case; or a spelling slip in a long
 * word. Short words must be equal.
 */
final class TokenSimilarity {

    /** Another case of the same word: as good as equal, a shade below so the exact form wins a tie. */
    static final double INFLECTED = 0.98;
    /** A slip of one letter is forgiven from five letters on, of two from twelve. */
    private static final int ONE_SLIP = 5;
    private static final int TWO_SLIPS = 12;

    private TokenSimilarity() {
    }

    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (CaseEndings.sameWord(a, b)) {
            return INFLECTED;
        }
        int shorter = Math.min(a.length(), b.length());
        int slips = shorter >= TWO_SLIPS ? 2 : shorter >= ONE_SLIP ? 1 : 0;
        if (Math.abs(a.length() - b.length()) > slips) {
            return 0;
        }
        int distance = levenshtein(a, b);
        return distance <= slips ? 1 - distance / (double) Math.max(a.length(), b.length()) : 0;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
