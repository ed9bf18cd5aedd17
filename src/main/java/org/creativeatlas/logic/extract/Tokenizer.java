package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words (with inner hyphens and apostrophes, and web names such as etnomedia.tv), numbers and marks. */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*"
                    + "(?:\\.(?:tv|kz|kg|uz|tj|tm|com|org|net|io|ru|asia|art|media|studio)(?![\\p{L}]))?"
                    + "|\\p{N}+\\+?|\\S");

    private Tokenizer() {
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
