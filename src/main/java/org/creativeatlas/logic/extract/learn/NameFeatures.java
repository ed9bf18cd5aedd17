package org.creativeatlas.logic.extract.learn;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.creativeatlas.logic.extract.WordClass;

/**
 * What the name model sees of a token, the same in the three languages: the word and its neighbours (folded),
 * their shapes (case, script, digits), the word's endings (Kazakh and Russian case suffixes), whether it sits
 * inside quotation marks, whether it opens the sentence, and which of the extractor's generic word lists (titles,
 * head nouns, places, months) it and its neighbours are in. No list of names: the model learns from the corpora.
 */
final class NameFeatures implements AdaptiveFeatureGenerator {

    private static final int WINDOW = 2;
    private static final String QUOTES = "«»\"“”„";

    /** The sentence last read, with each token's folded form, shape, word class and whether it is quoted. */
    private String[] sentence;
    private String[] folded;
    private String[] shapes;
    private String[] classes;
    private boolean[] quoted;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (sentence != tokens) {
            read(tokens);
        }
        String word = folded[index];
        features.add("w=" + word);
        features.add("sh=" + shapes[index]);
        for (int n = 1; n <= 4 && n < word.length(); n++) {
            features.add("suf" + n + "=" + word.substring(word.length() - n));
        }
        for (int d = -WINDOW; d <= WINDOW; d++) {
            int k = index + d;
            if (d != 0) {
                boolean in = k >= 0 && k < tokens.length;
                features.add("w" + d + "=" + (in ? folded[k] : k < 0 ? "<s>" : "</s>"));
            }
            if (k >= 0 && k < tokens.length && classes[k] != null) {
                features.add("c" + d + "=" + classes[k]);
            }
        }
        String before = index > 0 ? folded[index - 1] : "<s>";
        String after = index + 1 < tokens.length ? folded[index + 1] : "</s>";
        features.add("ww=" + before + "|" + word);
        features.add("ww+=" + word + "|" + after);
        features.add("shsh=" + (index > 0 ? shapes[index - 1] : "<s>") + "|" + shapes[index] + "|"
                + (index + 1 < tokens.length ? shapes[index + 1] : "</s>"));
        if (after.length() > 3 && index + 1 < tokens.length) {
            features.add("nsuf=" + after.substring(after.length() - 3));
        }
        if (quoted[index]) {
            features.add("inq");
        }
        if (index == 0) {
            features.add("first");
        }
    }

    /** Reads a sentence once: the window features of each token use its neighbours' forms many times over. */
    private void read(String[] tokens) {
        sentence = tokens;
        folded = new String[tokens.length];
        shapes = new String[tokens.length];
        classes = new String[tokens.length];
        quoted = new boolean[tokens.length];
        boolean open = false;
        for (int i = 0; i < tokens.length; i++) {
            folded[i] = fold(tokens[i]);
            shapes[i] = shape(tokens[i]);
            classes[i] = WordClass.of(tokens[i]);
            boolean mark = tokens[i].length() == 1 && QUOTES.indexOf(tokens[i].charAt(0)) >= 0;
            if (mark) {
                open = !tokens[i].equals("»") && !tokens[i].equals("”") && (tokens[i].equals("«") || !open);
            } else {
                quoted[i] = open;
            }
        }
    }

    static String fold(String token) {
        return token.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /**
     * Latin letters as X or x, Cyrillic as C or c, digits as d, anything else as itself, runs collapsed: "Astana" Xx,
     * "ҚКИП" C, "Алматы" Cc, "2024" d.
     */
    static String shape(String token) {
        StringBuilder s = new StringBuilder();
        char last = 0;
        for (int i = 0; i < token.length() && s.length() < 6; i++) {
            char c = token.charAt(i);
            boolean latin = c < 0x250;
            char k = Character.isDigit(c) ? 'd' : !Character.isLetter(c) ? c : Character.isUpperCase(c)
                    ? (latin ? 'X' : 'C') : latin ? 'x' : 'c';
            if (k != last) {
                s.append(k);
                last = k;
            }
        }
        return s.toString();
    }
}
