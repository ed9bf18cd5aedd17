package org.creativeatlas.logic.imports;

/**
 * The language code a name variant is stored with, by its letters: Kazakh letters say kk, other Cyrillic follows the
 * document (an abbreviation like КИА in a Kazakh text is Kazakh), Latin is en.
 */
public final class VariantLanguage {

    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private VariantLanguage() {
    }

    public static String of(String text, String documentLanguage) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (KAZAKH_LETTERS.indexOf(c) >= 0) {
                return "kk";
            }
            cyrillic |= c >= '\u0400' && c <= '\u04FF';
            latin |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        if (cyrillic) {
            return "kk".equals(documentLanguage) ? "kk" : "ru";
        }
        return latin ? "en" : "other";
    }
}
