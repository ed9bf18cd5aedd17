package org.creativeatlas.logic.extract;

/**
 * "Tippе" typed with a Cyrillic «е», «Aлматы» with a Latin "A": a word of one alphabet with a letter of the other that
 * looks the same is that alphabet's word throughout, so that names, places and heads are read in it. Letters are
 * swapped one for one, so every offset in the text stays where it was.
 */
final class MixedScripts {

    private static final String LATIN = "aceopxyiABCEHKMOPTXIh";
    private static final String CYRILLIC = "асеорхуіАВСЕНКМОРТХІһ";

    private MixedScripts() {
    }

    static String mend(String text) {
        char[] out = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            int latin = 0;
            int cyrillic = 0;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                char c = text.charAt(end);
                latin += latin(c) ? 1 : 0;
                cyrillic += cyrillic(c) ? 1 : 0;
                end++;
            }
            if (latin > 0 && cyrillic > 0) {
                boolean toLatin = latin > cyrillic;
                if (swappable(text, i, end, toLatin)) {
                    out = out == null ? text.toCharArray() : out;
                    swap(text, out, i, end, toLatin);
                }
            }
            i = end;
        }
        return out == null ? text : new String(out);
    }

    /** Latin letters, the basic and extended ones a Latin alphabet of the region writes. */
    private static boolean latin(char c) {
        return c < 0x250;
    }

    private static boolean cyrillic(char c) {
        return c >= 0x400 && c < 0x530;
    }

    /** Whether every letter of the minority alphabet in the word has a look-alike in the majority's. */
    private static boolean swappable(String text, int from, int to, boolean toLatin) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if ((toLatin ? cyrillic(c) && CYRILLIC.indexOf(c) < 0 : latin(c) && LATIN.indexOf(c) < 0)) {
                return false;
            }
        }
        return true;
    }

    private static void swap(String text, char[] out, int from, int to, boolean toLatin) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (toLatin && cyrillic(c)) {
                out[k] = LATIN.charAt(CYRILLIC.indexOf(c));
            } else if (!toLatin && latin(c)) {
                out[k] = CYRILLIC.charAt(LATIN.indexOf(c));
            }
        }
    }
}
