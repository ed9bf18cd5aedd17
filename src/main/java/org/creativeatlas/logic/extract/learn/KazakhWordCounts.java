package org.creativeatlas.logic.extract.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.NameSample;

/**
 * The Kazakh word forms of a corpus, how often each is written and how often with a capital inside a sentence: the
 * reading of Kazakh in Arabic letters, which has no capitals, tells common words from names and the vowels it leaves
 * open by them.
 */
final class KazakhWordCounts {

    static final String FILE = "kk-words.tsv";

    private KazakhWordCounts() {
    }

    static void write(Corpus corpus, Path out) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (NameSample s : sentences(corpus)) {
            String[] tokens = s.getSentence();
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                if (!t.chars().allMatch(c -> Character.isLetter(c) || c == '-') || !Character.isLetter(t.charAt(0))) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new int[3]);
                c[0]++;
                if (i > 0) {
                    c[1]++;
                    c[2] += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Kazakh word forms of " + corpus.name() + " (CC BY 4.0): form, times written, times inside a "
                + "sentence, of which with a capital. Written by the train command.");
        counts.forEach((w, c) -> lines.add(w + "\t" + c[0] + "\t" + c[1] + "\t" + c[2]));
        Files.write(out.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    private static List<NameSample> sentences(Corpus corpus) {
        List<NameSample> all = new ArrayList<>(corpus.train());
        all.addAll(corpus.test());
        return all;
    }
}
