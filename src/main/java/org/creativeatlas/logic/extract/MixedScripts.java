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
        StringBuilder out = null;
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
                Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(end));
                latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
                cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
                end++;
            }
            if (latin > 0 && cyrillic > 0) {
                String from = latin > cyrillic ? CYRILLIC : LATIN;
                String to = latin > cyrillic ? LATIN : CYRILLIC;
                String word = swapped(text.substring(i, end), from, to);
                if (word != null) {
                    out = out == null ? new StringBuilder(text) : out;
                    out.replace(i, end, word);
                }
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /** The word with every letter of {@code from} written as its look-alike in {@code to}; null if one has none. */
    private static String swapped(String word, String from, String to) {
        Character.UnicodeScript minority = Character.UnicodeScript.of(from.charAt(0));
        StringBuilder out = new StringBuilder(word);
        for (int k = 0; k < word.length(); k++) {
            if (Character.UnicodeScript.of(word.charAt(k)) == minority) {
                int at = from.indexOf(word.charAt(k));
                if (at < 0) {
                    return null;
                }
                out.setCharAt(k, to.charAt(at));
            }
        }
        return out.toString();
    }
}
