package org.creativeatlas.logic.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.logic.SeedCatalogue;

/**
 * Documents to time the extractor on: news-sized texts in English, Russian and Kazakh made of the seed sources'
 * sentences (shipped in the jar with the seed catalogue) shuffled, with their numbers and years changed, and
 * interleaved with generated sentences naming new organisations, people, events, places and dates. So no
 * paragraph repeats, and the extractor meets names it has not seen. Deterministic.
 */
final class ExtractionCorpus {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int MIN_DOCUMENT = 4_000;
    private static final int MAX_DOCUMENT = 40_000;
    private static final List<String> MONTHS_EN = List.of("January", "March", "April", "May", "June", "September",
            "October", "November");
    private static final List<String> MONTHS_RU = List.of("января", "марта", "апреля", "мая", "июня", "сентября",
            "октября", "ноября");
    private static final List<String> MONTHS_KK = List.of("қаңтарда", "наурызда", "сәуірде", "мамырда", "маусымда",
            "қыркүйекте", "қазанда", "қарашада");

    private final Random random = new Random(11);
    private final SyntheticNames names = new SyntheticNames(random);
    private final SyntheticPlaces places = new SyntheticPlaces(random);
    private final List<String> seedSentences = seedSentences();

    private ExtractionCorpus() {
    }

    /** Documents of 4 to 40 KB adding up to at least {@code bytes} bytes of UTF-8. */
    static List<String> build(long bytes) {
        ExtractionCorpus corpus = new ExtractionCorpus();
        List<String> documents = new ArrayList<>();
        long total = 0;
        while (total < bytes) {
            String doc = corpus.document(MIN_DOCUMENT + corpus.random.nextInt(MAX_DOCUMENT - MIN_DOCUMENT));
            documents.add(doc);
            total += doc.getBytes(StandardCharsets.UTF_8).length;
        }
        return documents;
    }

    private String document(int chars) {
        StringBuilder doc = new StringBuilder();
        while (doc.length() < chars) {
            int sentences = 2 + random.nextInt(5);
            for (int i = 0; i < sentences; i++) {
                doc.append(random.nextInt(5) < 3 ? reworded(names.pick(seedSentences)) : generated()).append(' ');
            }
            doc.setLength(doc.length() - 1);
            doc.append("\n\n");
        }
        return doc.toString();
    }

    /** A seed sentence with every number replaced, so dates and counts vary. */
    private String reworded(String sentence) {
        Matcher m = NUMBER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            String replaced = n.length() == 4 ? String.valueOf(2010 + random.nextInt(17))
                    : String.valueOf(1 + random.nextInt(n.length() == 1 ? 9 : 28));
            m.appendReplacement(out, replaced);
        }
        return m.appendTail(out).toString();
    }

    private String generated() {
        SyntheticPlaces.Place place = places.next();
        int year = 2015 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        int month = random.nextInt(MONTHS_EN.size());
        List<String> person = names.person();
        return switch (random.nextInt(3)) {
            case 0 -> person.get(1) + ", " + names.pick(List.of("director", "curator", "researcher", "founder"))
                    + " of the " + names.englishOrganisation(place.city()) + ", spoke at the "
                    + names.englishEvent(place.city(), year) + " on " + day + " " + MONTHS_EN.get(month) + " " + year
                    + ".";
            case 1 -> day + " " + MONTHS_RU.get(month) + " " + year + " года в городе " + place.localName() + " "
                    + names.russianOrganisation(place.localName()) + " провёл круглый стол, в котором приняла участие "
                    + names.pick(List.of("директор", "куратор", "ректор")) + " " + person.get(0) + ".";
            default -> names.kazakhOrganisation(place.localName()) + " " + year + " жылы " + day + " "
                    + MONTHS_KK.get(month) + " " + names.kazakhEvent(place.localName(), year) + " өткізді, оған "
                    + person.get(0) + " қатысты.";
        };
    }

    private static List<String> seedSentences() {
        List<String> out = new ArrayList<>();
        for (String text : SeedCatalogue.sourceTexts()) {
            Matcher m = SENTENCE.matcher(text);
            while (m.find()) {
                String s = m.group().strip();
                if (s.length() > 20) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
