package org.creativeatlas.logic.extract;

/** Python difflib's SequenceMatcher.ratio (2·matches / total length, longest blocks first, no junk heuristic). */
final class SequenceRatio {

    private SequenceRatio() {
    }

    static double of(String a, String b) {
        int total = a.length() + b.length();
        return total == 0 ? 1.0 : 2.0 * matches(a, 0, a.length(), b, 0, b.length()) / total;
    }

    private static int matches(String a, int alo, int ahi, String b, int blo, int bhi) {
        int bestI = alo;
        int bestJ = blo;
        int best = 0;
        int[] prev = new int[bhi - blo + 1];
        for (int i = alo; i < ahi; i++) {
            int[] cur = new int[bhi - blo + 1];
            for (int j = blo; j < bhi; j++) {
                if (a.charAt(i) == b.charAt(j)) {
                    int len = prev[j - blo] + 1;
                    cur[j - blo + 1] = len;
                    if (len > best) {
                        best = len;
                        bestI = i - len + 1;
                        bestJ = j - len + 1;
                    }
                }
            }
            prev = cur;
        }
        if (best == 0) {
            return 0;
        }
        return best + matches(a, alo, bestI, b, blo, bestJ) + matches(a, bestI + best, ahi, b, bestJ + best, bhi);
    }
}
