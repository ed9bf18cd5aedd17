package org.creativeatlas.logic.extract;

import java.util.Locale;

/**
 * Kazakh in the Turkic-style Latin of the proposals from 2019 on, as some state sites print their Latin editions
 * («Qazaqstannyñ eñbek siñirgen qairatkeri», «Qazaqstannyŋ eŋbek sıŋırgen ärtısı»): ä ö ü ū for ә ө ү ұ, ñ or ŋ
 * for ң, ğ or ǧ for ғ, ş or sh, j or zh for ж, y for ы, and i for і or, after a vowel, for й. A text that writes і
 * as ı writes и as i; one that writes ы as ı (far more often than it writes y) writes і as i, й as y and ұ as w
 * («Şäkenwlınıñ», «qazaqtarınıñ», «boyı»), as some news sites print Kazakh in a Turkish-style Latin.
 */
final class MarkedLatin {

    /** Letters no other Latin alphabet near Kazakh uses together with q (Turkish and Turkmen have no q). */
    private static final String KAZAKH_MARKS = "äūñŋÄŪÑŊ";
    private static final String OTHER_MARKS = "öüğǧşçÖÜĞǦŞÇ";
    private static final String LATIN = "aäbcdefgğǧhıjklmnñŋoöpqrsştuūüvwxzç";
    private static final String[] CYRILLIC = {"а", "ә", "б", "ц", "д", "е", "ф", "г", "ғ", "ғ", "х", "і", "ж", "к",
        "л", "м", "н", "ң", "ң", "о", "ө", "п", "қ", "р", "с", "ш", "т", "у", "ұ", "ү", "в", "у", "кс", "з", "ч"};

    /** Whether the text writes і as ı, so that a plain i is и. */
    private final boolean dotless;
    /** Whether the text writes ы as ı, і as i, й as y and ұ as w. */
    private final boolean hard;
    private final String ng;
    private final String gh;
    private final String sh;

    private MarkedLatin(boolean dotless, boolean hard, String ng, String gh, String sh) {
        this.dotless = dotless && !hard;
        this.hard = hard;
        this.ng = ng;
        this.gh = gh;
        this.sh = sh;
    }

    /** The reading of a text in this alphabet (its own marks make 1% of its Latin letters, as does q), else null. */
    static MarkedLatin of(String text) {
        int latin = 0;
        int cyrillic = 0;
        int kazakh = 0;
        int other = 0;
        int q = 0;
        int y = 0;
        int[] counts = new int[LATIN.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char l = Character.toLowerCase(c);
            int k = LATIN.indexOf(l);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
            } else if (k >= 0 || l == 'y' || l == 'i') {
                latin++;
                if (k >= 0) {
                    counts[k]++;
                }
                y += l == 'y' ? 1 : 0;
                kazakh += KAZAKH_MARKS.indexOf(c) >= 0 ? 1 : 0;
                other += OTHER_MARKS.indexOf(c) >= 0 ? 1 : 0;
                q += l == 'q' && !(i + 1 < text.length() && Character.toLowerCase(text.charAt(i + 1)) == 'u') ? 1 : 0;
            }
        }
        if (latin <= cyrillic || kazakh == 0 || (kazakh + other) * 100 < latin || q * 100 < latin) {
            return null;
        }
        int dotlessI = counts[LATIN.indexOf('ı')];
        return new MarkedLatin(dotlessI > 0, dotlessI > 2 * y && counts[LATIN.indexOf('w')] > counts[LATIN.indexOf('ū')],
                counts[LATIN.indexOf('ŋ')] > counts[LATIN.indexOf('ñ')] ? "ŋ" : "ñ",
                counts[LATIN.indexOf('ǧ')] > counts[LATIN.indexOf('ğ')] ? "ǧ" : "ğ",
                counts[LATIN.indexOf('ş')] > 0 ? "ş" : "sh");
    }

    /** Writes the Cyrillic of the letter(s) c (then n, n2) and says how many it read; 0 when it leaves c as is. */
    int letter(StringBuilder out, char c, char n, char n2, boolean afterVowel, boolean afterI) {
        char l = Character.toLowerCase(c);
        String two = "" + l + n;
        String cyr;
        int used = 1;
        if (two.equals("sh") || two.equals("ch") || two.equals("zh") || two.equals("kh")) {
            cyr = two.equals("sh") ? "ш" : two.equals("ch") ? "ч" : two.equals("zh") ? "ж" : "х";
            used = 2;
        } else if (l == 'i' && afterI && (n == 'a' || n == 'u')) {
            cyr = n == 'a' ? "я" : "ю"; // «akademiialyq»: и, then ia for я
            used = 2;
        } else if (hard && (l == 'ı' || l == 'i' || l == 'y' || l == 'w')) {
            cyr = l == 'ı' ? "ы" : l == 'i' ? "і" : l == 'y' ? "й" : "ұ";
        } else if (l == 'i') {
            cyr = afterVowel ? "й" : dotless ? "и" : "і";
        } else if (l == 'y') {
            cyr = "ы";
        } else {
            int k = LATIN.indexOf(l);
            if (k < 0) {
                return 0;
            }
            cyr = CYRILLIC[k];
        }
        out.append(Character.isUpperCase(c) ? cyr.toUpperCase(Locale.ROOT) : cyr);
        return used;
    }

    /** The Latin of a Cyrillic letter, in this text's own choices of letters. */
    String back(char c) {
        if (hard && "ыійұи".indexOf(c) >= 0) {
            return c == 'ы' ? "ı" : c == 'й' ? "y" : c == 'ұ' ? "w" : "i";
        }
        switch (c) {
            case 'ә': return "ä";
            case 'ө': return "ö";
            case 'ү': return "ü";
            case 'ұ': return "ū";
            case 'ң': return ng;
            case 'ғ': return gh;
            case 'ш': case 'щ': return sh;
            case 'і': return dotless ? "ı" : "i";
            case 'и': case 'й': return "i";
            case 'ы': return "y";
            case 'ж': return "j";
            case 'қ': return "q";
            case 'ц': return "ts";
            case 'ч': return "ch";
            case 'х': case 'һ': return "h";
            case 'я': return "ia";
            case 'ю': return "iu";
            case 'ё': return "io";
            case 'э': return "e";
            case 'ь': case 'ъ': return "";
            default:
                int k = "абвгдезклмнопрстуф".indexOf(c);
                return k < 0 ? String.valueOf(c) : String.valueOf("abvgdezklmnoprstuf".charAt(k));
        }
    }
}
