package org.creativeatlas.logic.match;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings Cyrillic (Russian, Kazakh, Kyrgyz, Uzbek, Tajik letters) and the many Latin spellings of the same names to
 * one simplified Latin skeleton, so that Данияр = Daniyar = Daniiar, Шалабаева = Shalabayeva, Жапаров = Japarov =
 * Zhaparov = Djaparov. The skeleton is for comparing, never for showing: it merges sounds on purpose
 * (ж/дж/zh/j → j, х/kh → h, й/ы/y → i, glides dropped between vowels, double letters single).
 */
public final class Transliterator {

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіўҳӣӯҷ";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "j", "z", "i", "i", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sh", "", "i", "", "e", "iu", "ia", "a", "g", "k",
        "n", "o", "u", "u", "h", "i", "u", "h", "i", "u", "j"};

    private static final Pattern C_NOT_CH = Pattern.compile("c(?!h)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern GLIDE_BETWEEN_VOWELS = Pattern.compile("(?<=[aeou])i(?=[aeou])");
    private static final Pattern GLIDE_AT_START = Pattern.compile("^i(?=[aeou])");
    private static final Pattern DOUBLES = Pattern.compile("(\\p{L})\\1+");

    private Transliterator() {
    }

    /** Lower-case Latin for any text: Cyrillic letters replaced, accents dropped, everything else kept. */
    public static String toLatin(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ş", "sh").replace("ç", "ch").replace("ß", "ss")
                .replace("æ", "ae").replace('ı', 'i').replace('ø', 'o').replace('ł', 'l').replace('đ', 'd');
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int at = CYRILLIC.indexOf(c);
            out.append(at >= 0 ? LATIN[at] : String.valueOf(c));
        }
        return MARKS.matcher(Normalizer.normalize(out, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The comparison skeleton of one word (or of any text: spaces are kept). */
    public static String skeleton(String word) {
        String s = toLatin(word)
                .replace("shch", "sh").replace("sch", "sh").replace("dzh", "j").replace("zh", "j")
                .replace("dj", "j").replace("kh", "h").replace("gh", "g").replace("ph", "f").replace("th", "t");
        s = C_NOT_CH.matcher(s).replaceAll("k").replace("x", "ks").replace('q', 'k').replace('w', 'u').replace('y', 'i');
        s = DOUBLES.matcher(s).replaceAll("$1");
        s = GLIDE_BETWEEN_VOWELS.matcher(s).replaceAll("");
        s = GLIDE_AT_START.matcher(s).replaceAll("");
        return DOUBLES.matcher(s).replaceAll("$1");
    }
}
