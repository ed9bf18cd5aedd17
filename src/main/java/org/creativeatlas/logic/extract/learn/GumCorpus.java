package org.creativeatlas.logic.extract.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * GUM (English; CC BY / BY-SA parts): one token a line with bracketed entity mentions {@code (type-id[-Wikipedia]}
 * … {@code type-id)}. GUM marks every mention ("the team", "he"); a mention is a name when, past a leading article,
 * it is capitalised words (joined by of, and, the …). Every tenth document, by name, is the test part.
 */
final class GumCorpus {

    private static final Map<String, String> TYPES = Map.of("person", Corpus.PERSON, "organization",
            Corpus.ORGANISATION, "event", Corpus.EVENT, "place", Corpus.PLACE);
    private static final Pattern MARK = Pattern.compile("\\(?[^()]+\\)?");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> JOINS = Set.of("of", "the", "and", "for", "de", "&", "on", "in", "at", "-");
    private static final int MAX_NAME = 8;
    private static final int TEST_EVERY = 10;

    private GumCorpus() {
    }

    static Corpus read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(f -> f.toString().endsWith(".conll")).sorted().toList();
        }
        List<NameSample> train = new ArrayList<>();
        List<NameSample> test = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            (i % TEST_EVERY == TEST_EVERY - 1 ? test : train).addAll(document(files.get(i)));
        }
        return new Corpus("GUM", "en", train, test);
    }

    private static List<NameSample> document(Path file) throws IOException {
        List<String> words = new ArrayList<>();
        List<Span> mentions = new ArrayList<>();
        Map<String, Deque<Integer>> open = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (line.startsWith("#") || cells.length < 3) {
                continue;
            }
            int at = words.size();
            words.add(cells[1]);
            Matcher m = MARK.matcher(cells[2]);
            while (m.find()) {
                String mark = m.group();
                boolean opens = mark.startsWith("(");
                boolean closes = mark.endsWith(")");
                String[] parts = mark.replace("(", "").replace(")", "").split("-", 3);
                if (parts.length < 2) {
                    continue;
                }
                String key = parts[0] + "-" + parts[1];
                if (opens && closes) {
                    mentions.add(new Span(at, at + 1, parts[0]));
                } else if (opens) {
                    open.computeIfAbsent(key, k -> new ArrayDeque<>()).push(at);
                } else if (closes && open.containsKey(key) && !open.get(key).isEmpty()) {
                    mentions.add(new Span(open.get(key).pop(), at + 1, parts[0]));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        List<int[]> tokens = new ArrayList<>();
        for (String w : words) {
            tokens.add(new int[] {text.length(), text.length() + w.length()});
            text.append(w).append(' ');
        }
        List<Span> names = new ArrayList<>();
        for (Span m : mentions) {
            Span name = TYPES.containsKey(m.getType()) ? name(words, m) : null;
            if (name != null) {
                names.add(name);
            }
        }
        return Sentences.samples(text.toString(), tokens, Sentences.outermostNames(text.toString(), tokens, names));
    }

    /** The mention without its article and possessive, if what is left is a name; else null. */
    private static Span name(List<String> words, Span m) {
        int from = m.getStart();
        int to = m.getEnd();
        if (ARTICLES.contains(words.get(from).toLowerCase()) && to - from > 1) {
            from++;
        }
        if (to - from > 1 && words.get(to - 1).equals("'s")) {
            to--;
        }
        if (to - from > MAX_NAME || !Character.isUpperCase(words.get(from).charAt(0))
                || !Character.isLetter(words.get(from).charAt(0)) || words.get(from).equals("I")) {
            return null;
        }
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && !JOINS.contains(w)) {
                return null;
            }
        }
        return new Span(from, to, TYPES.get(m.getType()));
    }
}
