package org.creativeatlas.logic.extract.learn;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.creativeatlas.logic.extract.WordClass;

/**
 * What the name model sees of a token, the same in the three languages: the word and its neighbours (folded),
 * their shapes and scripts, the word's endings (Kazakh and Russian case suffixes) and beginnings, whether it sits
 * inside quotation marks, whether it opens the sentence, and which of the extractor's generic word lists (titles,
 * head nouns, places, months) it and its neighbours are in. No list of names: the model learns from the corpora.
 */
final class NameFeatures implements AdaptiveFeatureGenerator {

    private static final int WINDOW = 2;
    private static final String QUOTES = "«»\"“”„";

    /** The sentence the quote marks were last counted for, and whether each of its tokens is inside quotes. */
    private String[] quotedFor;
    private boolean[] quoted;
    private String[] classesFor;
    private String[] classes;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String word = fold(tokens[index]);
        features.add("w=" + word);
        features.add("sh=" + shape(tokens[index]));
        features.add("sc=" + script(tokens[index]));
        for (int n = 1; n <= 4 && n < word.length(); n++) {
            features.add("suf" + n + "=" + word.substring(word.length() - n));
        }
        for (int n = 2; n <= 3 && n < word.length(); n++) {
            features.add("pre" + n + "=" + word.substring(0, n));
        }
        for (int d = -WINDOW; d <= WINDOW; d++) {
            int k = index + d;
            if (d == 0) {
                continue;
            }
            String at = k < 0 ? "<s>" : k >= tokens.length ? "</s>" : null;
            features.add("w" + d + "=" + (at != null ? at : fold(tokens[k])));
            features.add("sh" + d + "=" + (at != null ? at : shape(tokens[k])));
        }
        String before = index > 0 ? fold(tokens[index - 1]) : "<s>";
        String after = index + 1 < tokens.length ? fold(tokens[index + 1]) : "</s>";
        features.add("ww=" + before + "|" + word);
        features.add("ww+=" + word + "|" + after);
        features.add("shsh=" + (index > 0 ? shape(tokens[index - 1]) : "<s>") + "|" + shape(tokens[index]) + "|"
                + (index + 1 < tokens.length ? shape(tokens[index + 1]) : "</s>"));
        if (index + 1 < tokens.length && tokens[index + 1].length() > 3) {
            String next = fold(tokens[index + 1]);
            features.add("nsuf=" + next.substring(next.length() - 3));
        }
        String[] classes = classes(tokens);
        for (int d = -2; d <= 2; d++) {
            int k = index + d;
            if (k >= 0 && k < tokens.length && classes[k] != null) {
                features.add("c" + d + "=" + classes[k]);
            }
        }
        if (quoted(tokens)[index]) {
            features.add("inq");
        }
        if (index == 0) {
            features.add("first");
        }
    }

    /** Each token's word class, read once per sentence. */
    private String[] classes(String[] tokens) {
        if (classesFor != tokens) {
            classes = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                classes[i] = WordClass.of(tokens[i]);
            }
            classesFor = tokens;
        }
        return classes;
    }

    private boolean[] quoted(String[] tokens) {
        if (quotedFor != tokens) {
            quoted = new boolean[tokens.length];
            boolean open = false;
            for (int i = 0; i < tokens.length; i++) {
                boolean mark = tokens[i].length() == 1 && QUOTES.indexOf(tokens[i].charAt(0)) >= 0;
                if (mark) {
                    open = tokens[i].equals("»") || tokens[i].equals("”") ? false : tokens[i].equals("«") || !open;
                } else {
                    quoted[i] = open;
                }
            }
            quotedFor = tokens;
        }
        return quoted;
    }

    static String fold(String token) {
        return token.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Letters as X or x, digits as d, anything else as itself, runs collapsed: "Astana" Xx, "ҚКИП" X, "2024" d. */
    static String shape(String token) {
        StringBuilder s = new StringBuilder();
        char last = 0;
        for (int i = 0; i < token.length() && s.length() < 6; i++) {
            char c = token.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                s.append(k);
                last = k;
            }
        }
        return s.toString();
    }

    /** Latin, Cyrillic (k when it has Kazakh letters), or other. */
    static String script(String token) {
        char c = token.charAt(0);
        if (!Character.isLetter(c)) {
            return "o";
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            return "l";
        }
        for (int i = 0; i < token.length(); i++) {
            if ("әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(token.charAt(i)) >= 0) {
                return "k";
            }
        }
        return "c";
    }
}
