package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words (with inner hyphens and apostrophes, and web names such as etnomedia.tv), numbers and marks. */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*"
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
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
