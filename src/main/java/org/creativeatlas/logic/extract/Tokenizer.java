package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words (with inner hyphens and apostrophes, and web names such as etnomedia.tv), numbers and marks. */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-\u2010\u2011'’][\\p{L}\\p{M}\\p{N}]+)*"
                    // "Erasmus+", "Erasmus +": a programme's or a body's plus is part of its name
                    // (the plus is looked for first: most words have none, and the look back is then never taken)
                    + "(?:\\x20?\\+(?<=\\p{Lu}\\p{Ll}{1,20}\\x20?\\+)(?![\\p{L}\\p{N}+]))?"
                    + "(?:\\.(?:tv|kz|kg|uz|tj|tm|com|org|net|io|ru|asia|art|media|studio|plus|info|online|site|pro|app|me|fm)(?![\\p{L}]))?"
                    + "|\\p{N}+\\+?|\\S");


    private Tokenizer() {
    }

    /** Each token's {start, end} character offsets: the name model is trained on the same cut it is run on. */
    public static List<int[]> offsets(String text) {
        List<int[]> out = new ArrayList<>();
        for (Token t : tokenize(text)) {
            out.add(new int[] {t.start(), t.end()});
        }
        return out;
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 6);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            // «ректор Shakarim UniversityДуман Орынбеков»: words of two scripts run together where a space was lost
            for (int cut = glued(text, start, m.end()); cut > 0; cut = glued(text, start, m.end())) {
                tokens.add(new Token(text.substring(start, cut), start, cut));
                start = cut;
            }
            // «Санкт‑Петербург» with a non-breaking hyphen is the same word as with a plain one
            tokens.add(new Token(cyrillic(plainHyphens(text.substring(start, m.end()))), start, m.end()));
        }
        return tokens;
    }

    /**
     * Where in [from, to) a small Latin letter is followed by a capitalised Cyrillic word; or -1. A brand may join the
     * scripts the other way («ТеатрALL»), a lost space this way round.
     */
    private static int glued(String text, int from, int to) {
        for (int i = from + 1; i + 2 < to; i++) {
            char a = text.charAt(i - 1);
            if (a < 'a' || a > 'z' || !cyrillic(text.charAt(i)) || !Character.isUpperCase(text.charAt(i))) {
                continue;
            }
            if (cyrillic(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 1))
                    && Character.isLowerCase(text.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean cyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    private static String plainHyphens(String word) {
        return word.indexOf('\u2010') < 0 && word.indexOf('\u2011') < 0 ? word
                : word.replace('\u2010', '-').replace('\u2011', '-');
    }

    private static final String LATIN_LOOKALIKES = "aceopxyiABCEHKMOPTXYI";
    private static final String CYRILLIC_LETTERS = "асеорхуіАВСЕНКМОРТХУІ";

    /**
     * «ІІІ cаммитінде» with a Latin "c": a word of Cyrillic letters with Latin ones that look the same, as pages typed
     * on two keyboards have them, is read as the Cyrillic word it shows; a Latin or Latin-script Kazakh word is left.
     */
    static String cyrillic(String word) {
        boolean cyrillic = false;
        boolean lookalike = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic = true;
            } else if (LATIN_LOOKALIKES.indexOf(c) >= 0) {
                lookalike = true;
            } else if (Character.isLetter(c)) {
                return word; // a Latin letter with no Cyrillic twin: a word of two scripts, as brands are
            }
        }
        if (!cyrillic || !lookalike) {
            return word;
        }
        StringBuilder out = new StringBuilder(word);
        for (int i = 0; i < out.length(); i++) {
            int k = LATIN_LOOKALIKES.indexOf(out.charAt(i));
            if (k >= 0) {
                out.setCharAt(i, CYRILLIC_LETTERS.charAt(k));
            }
        }
        return out.toString();
    }
}
