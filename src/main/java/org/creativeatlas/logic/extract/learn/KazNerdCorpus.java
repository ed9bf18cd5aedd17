package org.creativeatlas.logic.extract.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * KazNERD (Kazakh, CoNLL 2002 IOB2, one "token TAG" a line). Only its validation and test parts are published:
 * the model learns from the validation part and is measured on the test part.
 */
final class KazNerdCorpus {

    private static final Map<String, String> TYPES = Map.of("PERSON", Corpus.PERSON, "ORGANISATION",
            Corpus.ORGANISATION, "EVENT", Corpus.EVENT, "FACILITY", Corpus.FACILITY, "GPE", Corpus.PLACE,
            "LOCATION", Corpus.PLACE);

    private KazNerdCorpus() {
    }

    static Corpus read(Path folder) throws IOException {
        return new Corpus("KazNERD", "kk", part(folder.resolve("IOB2_valid.txt")), part(folder.resolve("IOB2_test.txt")));
    }

    private static List<NameSample> part(Path file) throws IOException {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.trim().split("\\s+");
            if (line.isBlank() || cells.length < 2) {
                add(out, tokens, tags);
                continue;
            }
            tokens.add(cells[0]);
            tags.add(cells[cells.length - 1]);
        }
        add(out, tokens, tags);
        return out;
    }

    private static void add(List<NameSample> out, List<String> tokens, List<String> tags) {
        if (tokens.isEmpty()) {
            return;
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String type = tag.length() > 2 ? TYPES.get(tag.substring(2)) : null;
            if (type == null || !tag.startsWith("B-")) {
                continue;
            }
            int end = i + 1;
            while (end < tags.size() && tags.get(end).equals("I-" + tag.substring(2))) {
                end++;
            }
            spans.add(new Span(i, end, type));
        }
        out.add(new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), true));
        tokens.clear();
        tags.clear();
    }
}
