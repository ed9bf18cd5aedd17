package org.creativeatlas.logic.extract.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.creativeatlas.logic.extract.Tokenizer;

/**
 * Pages annotated for actors (texts {@code LANG_….txt} beside {@code gold.json} and {@code gold-optional.json} in the
 * shape of the shared gold: one record per actor per document, its name in the nominative). The gold gives names, not
 * places in the text, so each name is looked for in its page: word by word, a Russian or Kazakh word matching any
 * inflected form that keeps its stem. What an actor is, and what is not (a film's title, a place), is learned from
 * these pages; a page in Kazakh written in Latin letters is left out, as the model reads such pages in Cyrillic.
 */
final class PagesCorpus {

    private static final Map<String, String> TYPES = Map.of("person", Corpus.PERSON, "organisation",
            Corpus.ORGANISATION, "platform", Corpus.ORGANISATION, "event", Corpus.EVENT);
    private static final String QUOTES = "«»\"“”„‘’'";

    private PagesCorpus() {
    }

    /** The samples of the pages in {@code lang} under each folder (every sub-folder holding a gold.json). */
    static List<NameSample> read(List<Path> folders, String lang) throws IOException {
        List<NameSample> out = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> golds;
            try (Stream<Path> files = Files.walk(folder)) {
                golds = files.filter(f -> f.getFileName().toString().equals("gold.json")).sorted().toList();
            }
            for (Path gold : golds) {
                out.addAll(part(gold.getParent(), lang));
            }
        }
        return out;
    }

    private static List<NameSample> part(Path folder, String lang) throws IOException {
        Map<String, List<String[]>> names = new LinkedHashMap<>();
        for (String file : new String[] {"gold.json", "gold-optional.json"}) {
            Path p = folder.resolve(file);
            if (Files.exists(p)) {
                for (JsonNode r : new ObjectMapper().readTree(p.toFile())) {
                    String type = TYPES.get(r.path("type").asText());
                    if (type != null) {
                        names.computeIfAbsent(r.path("doc").asText(), d -> new ArrayList<>())
                                .add(new String[] {r.path("name").asText(), type});
                    }
                }
            }
        }
        List<NameSample> out = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> doc : names.entrySet()) {
            Path txt = folder.resolve(doc.getKey());
            if (doc.getKey().startsWith(lang + "_") && Files.exists(txt)) {
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                if (!lang.equals("kk") || cyrillic(text)) {
                    out.addAll(document(text, doc.getValue(), lang));
                }
            }
        }
        return out;
    }

    static List<NameSample> document(String text, List<String[]> records, String lang) {
        List<int[]> tokens = Tokenizer.offsets(text);
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
        }
        List<Span> found = new ArrayList<>();
        for (String[] r : records) {
            for (String form : forms(r[0], r[1])) {
                found.addAll(occurrences(words, words(form), r[1], !lang.equals("en")));
            }
        }
        return Sentences.samples(text, tokens, Sentences.outermostNames(text, tokens, found));
    }

    /** The name, each part of "Name (ABBR)", and a person's surname alone, as a text may write them. */
    private static List<String> forms(String name, String type) {
        List<String> out = new ArrayList<>();
        int open = name.lastIndexOf('(');
        if (open > 0 && name.endsWith(")")) {
            out.add(name.substring(0, open).trim());
            out.add(name.substring(open + 1, name.length() - 1).trim());
        } else {
            out.add(name);
        }
        String[] parts = name.split(" ");
        if (type.equals(Corpus.PERSON) && parts.length > 1 && parts[parts.length - 1].length() > 2) {
            out.add(parts[parts.length - 1]);
        }
        return out;
    }

    private static String[] words(String form) {
        return Tokenizer.offsets(form).stream().map(t -> form.substring(t[0], t[1])).toArray(String[]::new);
    }

    private static List<Span> occurrences(String[] text, String[] name, String type, boolean inflected) {
        List<Span> out = new ArrayList<>();
        if (name.length == 0 || !Character.isUpperCase(name[0].codePointAt(0)) && QUOTES.indexOf(name[0].charAt(0)) < 0) {
            return out;
        }
        for (int i = 0; i + name.length <= text.length; i++) {
            int k = 0;
            while (k < name.length && same(text[i + k], name[k], inflected)) {
                k++;
            }
            if (k == name.length && Character.isUpperCase(text[i].codePointAt(0)) == Character.isUpperCase(name[0].codePointAt(0))) {
                out.add(new Span(i, i + k, type));
            }
        }
        return out;
    }

    /**
     * The same word, any quotation mark for any other, or (inflected) the gold's nominative word with at most two
     * letters changed and an ending of up to six added: «министрлігі» in «министрлігінің», «Национальный» in
     * «Национального», never «Казань» in «Казахстан».
     */
    static boolean same(String word, String nameWord, boolean inflected) {
        if (QUOTES.indexOf(word.charAt(0)) >= 0 && QUOTES.indexOf(nameWord.charAt(0)) >= 0) {
            return word.length() == 1 && nameWord.length() == 1;
        }
        String a = word.toLowerCase(Locale.ROOT);
        String b = nameWord.toLowerCase(Locale.ROOT);
        if (a.equals(b) || !inflected || b.length() < 4) {
            return a.equals(b);
        }
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.min(b.length(), 5) && b.length() - common <= 2 && a.length() - common <= 6;
    }

    private static boolean cyrillic(String text) {
        long cyr = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long lat = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return cyr > lat;
    }
}
