package org.creativeatlas.logic.sheets;

/**
 * Guesses a CSV file's delimiter from its first lines: the candidate (, ; tab |) found the same number of times,
 * outside quotes, on the most lines, ahead of one found more often but unevenly. A comma when nothing tells.
 */
final class Delimiters {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int LINES = 20;

    private Delimiters() {
    }

    static char sniff(String text) {
        int[][] counts = new int[CANDIDATES.length][LINES];
        int lines = countPerLine(text, counts);
        char best = ',';
        double bestScore = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int header = counts[c][0];
            if (header == 0) {
                continue;
            }
            int consistent = 0;
            for (int line = 0; line < lines; line++) {
                if (counts[c][line] == header) {
                    consistent++;
                }
            }
            double score = consistent + header / 1000.0;
            if (score > bestScore) {
                bestScore = score;
                best = CANDIDATES[c];
            }
        }
        return best;
    }

    /** Counts each candidate outside quotes on each of the first records; returns how many records were read. */
    private static int countPerLine(String text, int[][] counts) {
        boolean quoted = false;
        int line = 0;
        for (int i = 0; i < text.length() && line < LINES; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '\n') {
                line++;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        counts[c][line]++;
                    }
                }
            }
        }
        return Math.min(line + 1, LINES);
    }
}
