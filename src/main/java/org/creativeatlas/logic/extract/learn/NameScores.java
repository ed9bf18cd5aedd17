package org.creativeatlas.logic.extract.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** Exact-span precision, recall and F1 of a name finder on test samples, overall and by type. */
final class NameScores {

    private final Map<String, int[]> byType = new TreeMap<>();
    private final int[] all = new int[3];

    static NameScores of(NameFinderME finder, List<NameSample> test) {
        NameScores s = new NameScores();
        for (NameSample sample : test) {
            if (sample.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            Span[] found = finder.find(sample.getSentence());
            List<Span> gold = Arrays.asList(sample.getNames());
            for (Span f : found) {
                s.count(f.getType(), gold.contains(f) ? 0 : 1);
            }
            for (Span g : gold) {
                if (!Arrays.asList(found).contains(g)) {
                    s.count(g.getType(), 2);
                }
            }
        }
        return s;
    }

    /** kind 0 a true positive, 1 a false positive, 2 a miss. */
    private void count(String type, int kind) {
        byType.computeIfAbsent(type, t -> new int[3])[kind]++;
        all[kind]++;
    }

    double f1() {
        return f1(all);
    }

    private static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String line(String label, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |", label, p, r, f1(c), c[0] + c[2]);
    }

    /** A Markdown table: type, precision, recall, F1, gold names. */
    String table() {
        StringBuilder out = new StringBuilder("| type | precision | recall | F1 | names |\n|---|---|---|---|---|\n");
        byType.forEach((type, c) -> out.append(line(type, c)).append('\n'));
        return out.append(line("all", all)).append('\n').toString();
    }
}
