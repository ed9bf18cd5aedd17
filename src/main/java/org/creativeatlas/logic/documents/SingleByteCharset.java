package org.creativeatlas.logic.documents;

import java.nio.charset.Charset;

/**
 * Tells Windows-1251 from KOI8-R (the two single-byte Cyrillic encodings old Russian and Kazakh files use) by
 * which of them reads as plausible Russian, and a Western Windows-1252 text from both.
 */
final class SingleByteCharset {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Russian letters, most frequent first, and the natural logarithm of their frequency per mille. */
    private static final String BY_FREQUENCY = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";
    private static final double[] LOG_FREQUENCY = frequencies(110, 85, 80, 74, 67, 63, 55, 47, 45, 44, 35, 32, 30,
            28, 26, 20, 19, 17, 17, 16, 16, 14, 12, 10, 9, 7, 6, 5, 4, 3, 3, 0.4, 0.4);

    private SingleByteCharset() {
    }

    /** Windows-1251 or KOI8-R, whichever reads as Cyrillic text; Windows-1252 when neither does. */
    static Charset guess(byte[] bytes) {
        String cp1251 = new String(bytes, CP1251);
        if (cyrillicInsideLatinWords(cp1251)) {
            return CP1252;
        }
        return score(new String(bytes, KOI8_R)) > score(cp1251) ? KOI8_R : CP1251;
    }

    /**
     * How Russian a text reads: the log-frequency of its letters, case-folded (all-capital headings are common),
     * less a penalty for capitals inside words, which a wrong single-byte table produces ("яЪЕШЬ" for "Съешь").
     */
    static double score(String text) {
        double score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                int rank = BY_FREQUENCY.indexOf(Character.toLowerCase(c));
                score += rank < 0 ? -3 : LOG_FREQUENCY[rank];
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
                    score -= 5;
                }
            }
        }
        return score;
    }

    /** "cafй": a Western single-byte text read as Cyrillic puts Cyrillic letters between Latin ones. */
    private static boolean cyrillicInsideLatinWords(String text) {
        int cyrillic = 0;
        int inside = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (isLatin(text, i - 1) || isLatin(text, i + 1)) {
                    inside++;
                }
            }
        }
        return cyrillic > 0 && inside * 2 > cyrillic;
    }

    private static boolean isLatin(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c < 0x80 && Character.isLetter(c);
    }

    private static double[] frequencies(double... perMille) {
        double[] logs = new double[perMille.length];
        for (int i = 0; i < perMille.length; i++) {
            logs[i] = Math.log(perMille[i]);
        }
        return logs;
    }
}
