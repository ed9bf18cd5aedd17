package org.creativeatlas.logic.extract.learn;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.creativeatlas.logic.extract.WordClass;
import org.creativeatlas.logic.extract.WordMemo;

/**
 * What the name model sees of a token, the same in the three languages: the word and its neighbours (folded),
 * their shapes (case, script, digits), the word's endings (Kazakh and Russian case suffixes), whether it sits
 * inside quotation marks, whether it opens the sentence, and which of the extractor's generic word lists (titles,
 * head nouns, places, months) it and its neighbours are in. No list of names: the model learns from the corpora.
 */
final class NameFeatures implements AdaptiveFeatureGenerator {

    private static final int WINDOW = 2;
    private static final String QUOTES = "«»\"“”„";
    /** What a window reaching past either end of the sentence reads there, from w-2 to w2. */
    private static final String[] OUTSIDE = {"w-2=<s>", "w-1=<s>", null, "w1=</s>", "w2=</s>"};
    private static final WordMemo<Word> WORDS = new WordMemo<>(Word::new, 200_000);

    /**
     * A word's own features, made once per word rather than once per occurrence: the strings the model looks up,
     * their hashes kept with them.
     */
    private static final class Word {
        final String folded;
        final String shape;
        final String[] own;
        /** "w" + d + "=" + folded, and "c" + d + "=" + its class (null for none), by d + WINDOW. */
        final String[] at = new String[2 * WINDOW + 1];
        final String[] classAt = new String[2 * WINDOW + 1];
        /** The feature this word gives the word before it: its last three letters. */
        final String nextSuffix;

        Word(String token) {
            folded = fold(token);
            shape = shape(token);
            int suffixes = Math.min(4, folded.length() - 1);
            own = new String[2 + Math.max(0, suffixes)];
            own[0] = "w=" + folded;
            own[1] = "sh=" + shape;
            for (int n = 1; n <= suffixes; n++) {
                own[1 + n] = "suf" + n + "=" + folded.substring(folded.length() - n);
            }
            String wordClass = WordClass.of(token);
            for (int d = -WINDOW; d <= WINDOW; d++) {
                at[d + WINDOW] = d == 0 ? null : "w" + d + "=" + folded;
                classAt[d + WINDOW] = wordClass == null ? null : "c" + d + "=" + wordClass;
            }
            nextSuffix = folded.length() > 3 ? "nsuf=" + folded.substring(folded.length() - 3) : null;
        }
    }

    /** The sentence last read, each token's word and whether it is quoted. */
    private String[] sentence;
    private Word[] words;
    private boolean[] quoted;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (sentence != tokens) {
            read(tokens);
        }
        Word word = words[index];
        Collections.addAll(features, word.own);
        for (int d = -WINDOW; d <= WINDOW; d++) {
            int k = index + d;
            boolean in = k >= 0 && k < tokens.length;
            if (d != 0) {
                features.add(in ? words[k].at[d + WINDOW] : OUTSIDE[d + WINDOW]);
            }
            if (in && words[k].classAt[d + WINDOW] != null) {
                features.add(words[k].classAt[d + WINDOW]);
            }
        }
        Word before = index > 0 ? words[index - 1] : null;
        Word after = index + 1 < tokens.length ? words[index + 1] : null;
        features.add("ww=" + (before != null ? before.folded : "<s>") + "|" + word.folded);
        features.add("ww+=" + word.folded + "|" + (after != null ? after.folded : "</s>"));
        features.add("shsh=" + (before != null ? before.shape : "<s>") + "|" + word.shape + "|"
                + (after != null ? after.shape : "</s>"));
        if (after != null && after.nextSuffix != null) {
            features.add(after.nextSuffix);
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
        words = new Word[tokens.length];
        quoted = new boolean[tokens.length];
        boolean open = false;
        for (int i = 0; i < tokens.length; i++) {
            words[i] = WORDS.get(tokens[i]);
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
