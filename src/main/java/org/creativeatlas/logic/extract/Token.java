package org.creativeatlas.logic.extract;

import java.util.Locale;

/** A word, number or punctuation mark of the text with its character offsets. */
record Token(String text, int start, int end, String lower) {

    Token(String text, int start, int end) {
        this(text, start, end, text.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    }

    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean isYear() {
        return text.length() == 4 && isNumber() && (text.startsWith("19") || text.startsWith("20"));
    }

    /** A hyphen, en dash or em dash standing alone. */
    boolean isDash() {
        return text.equals("-") || text.equals("–") || text.equals("—");
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Two or more letters, all upper case, digits allowed: an abbreviation such as ҚКИП, KOICA, НАН. */
    boolean isAbbreviation() {
        int letters = 0;
        int capitals = 0;
        boolean lower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower |= Character.isLowerCase(c);
            capitals += Character.isUpperCase(c) ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
        }
        // «ОшГУ», «КазНУ»: a university's short name mixes the cases, its last letters capitals
        boolean mixed = capitals >= 3 && text.length() <= 8 && Character.isUpperCase(text.charAt(0))
                && Character.isUpperCase(text.charAt(text.length() - 1))
                && Character.isUpperCase(text.charAt(text.length() - 2));
        return letters >= 2 && (!lower || mixed);
    }

    /** "XVI" of «XVI Саммиті»: a number in Roman letters, which names nothing. */
    boolean isRomanNumeral() {
        // «ІІІ», «ХХ»: Kazakh and Russian pages type them with the Cyrillic letters that look the same
        return text.length() >= 2 && text.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X' || c == 'І' || c == 'Х');
    }

    /** A capital inside a capitalised word after a small letter, as brands write themselves: ТеатрALL, ÓzgeEpic. */
    boolean isBrand() {
        if (!isWord() || !isCapitalised()) {
            return false;
        }
        for (int i = 1; i + 1 < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    boolean isLatin() {
        return isWord() && Character.UnicodeScript.of(text.charAt(0)) == Character.UnicodeScript.LATIN;
    }

    boolean isCyrillic() {
        return isWord() && Character.UnicodeScript.of(text.charAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** One capital, or a capital and a small letter (Zh, Sh): what stands before the full stop of an initial. */
    boolean isInitial() {
        return isWord() && isCapitalised() && (text.length() == 1
                || text.length() == 2 && Character.isLowerCase(text.charAt(1)));
    }

    boolean is(String s) {
        return text.equals(s);
    }
}
