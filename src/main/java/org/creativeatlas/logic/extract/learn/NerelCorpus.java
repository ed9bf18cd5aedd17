package org.creativeatlas.logic.extract.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.creativeatlas.logic.extract.Tokenizer;

/**
 * NEREL (Russian Wikinews, brat standoff with character offsets, nested entities). The text is cut by the
 * extractor's own tokenizer; of nested entities the outermost kept one wins. Organisations, events and facilities
 * written only in common words («правоохранительные органы Киргизии») are not names and are left out, their inner
 * places kept. The train and dev parts are learned from, the test part measures.
 */
final class NerelCorpus {

    private static final Map<String, String> TYPES = Map.of("PERSON", Corpus.PERSON, "ORGANIZATION",
            Corpus.ORGANISATION, "EVENT", Corpus.EVENT, "FACILITY", Corpus.FACILITY, "CITY", Corpus.PLACE,
            "COUNTRY", Corpus.PLACE, "STATE_OR_PROVINCE", Corpus.PLACE, "LOCATION", Corpus.PLACE,
            "DISTRICT", Corpus.PLACE);

    private NerelCorpus() {
    }

    static Corpus read(Path folder) throws IOException {
        Path root = Files.isDirectory(folder.resolve("NEREL-v1.1")) ? folder.resolve("NEREL-v1.1") : folder;
        List<NameSample> train = new ArrayList<>(readPart(root.resolve("train")));
        train.addAll(readPart(root.resolve("dev")));
        return new Corpus("NEREL", "ru", train, readPart(root.resolve("test")));
    }

    private static List<NameSample> readPart(Path folder) throws IOException {
        List<NameSample> out = new ArrayList<>();
        List<Path> texts;
        try (Stream<Path> files = Files.list(folder)) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path txt : texts) {
            Path ann = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".ann"));
            if (Files.exists(ann)) {
                out.addAll(document(Files.readString(txt, StandardCharsets.UTF_8),
                        Files.readAllLines(ann, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static List<NameSample> document(String text, List<String> annotations) {
        List<int[]> tokens = Tokenizer.offsets(text);
        List<Span> entities = new ArrayList<>();
        for (String line : annotations) {
            String[] cells = line.split("\t");
            if (!line.startsWith("T") || cells.length < 2 || cells[1].contains(";")) {
                continue;
            }
            String[] head = cells[1].split(" ");
            String type = TYPES.get(head[0]);
            if (type != null) {
                Span chars = new Span(Integer.parseInt(head[1]), Integer.parseInt(head[2]), type);
                Span span = tokenSpan(tokens, chars);
                if (span != null) {
                    entities.add(span);
                }
            }
        }
        return Sentences.samples(text, tokens, Sentences.outermostNames(text, tokens, entities));
    }

    /** The tokens wholly inside a character span, or null. */
    private static Span tokenSpan(List<int[]> tokens, Span chars) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int[] t = tokens.get(i);
            if (t[0] >= chars.getStart() && t[1] <= chars.getEnd()) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        return from < 0 ? null : new Span(from, to, chars.getType());
    }
}
