package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.TextFold;

/** A name folded for comparison: case, quotes and punctuation dropped, Russian and Kazakh endings cut from each word. */
final class NameKey {

    private static final List<String> ENDINGS = List.of("ының", "інің", "ның", "нің", "дың", "дің", "тың", "тің",
            "ына", "іне", "ымен", "імен", "мен", "ого", "его", "ому", "ему", "ами", "ями", "ым", "им", "ом", "ем", "ой",
            "ей", "ую", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ах", "ях", "сы", "сі", "а", "я", "у", "ю", "е",
            "и", "ы", "і", "о", "й", "ь");

    private static final java.util.regex.Pattern PUNCTUATION =
            java.util.regex.Pattern.compile("[«»\"“”„'’`()\\[\\].,:;!?/\\\\–—-]");

    private static final java.util.Map<String, String> SPELLINGS = java.util.Map.of("programme", "program",
            "programmes", "programs", "centre", "center", "centres", "centers", "theatre", "theater", "имени", "им");

    /** The short «государственный» that opens a compound word for a state body: «госуниверситет». */
    private static final String STATE_SHORT = "гос";
    private static final List<String> STATE_BODIES = List.of("университет", "консерватори", "филармони", "комитет",
            "агентств", "театр", "музе", "библиотек", "академи", "институт");

    private NameKey() {
    }

    static List<String> words(String name) {
        // "Erasmus + program" and "Erasmus+ Programme": a plus written apart, and the British spelling, are the same
        String folded = PUNCTUATION.matcher(circumflexFree(TextFold.fold(name))).replaceAll(" ").replace(" +", "+");
        List<String> words = new ArrayList<>();
        for (String w : folded.trim().split("\\s+")) {
            if (w.startsWith(STATE_SHORT) && STATE_BODIES.stream().anyMatch(w.substring(STATE_SHORT.length())::startsWith)) {
                // «Сухумский госуниверситет» is «Сухумский государственный университет»
                words.add(stem("государственный"));
                w = w.substring(STATE_SHORT.length());
            }
            if (!w.isEmpty()) {
                words.add(stem(SPELLINGS.getOrDefault(w, w)));
            }
        }
        initialledEponym(words);
        return words;
    }

    /** «имени» is spelt «им» by {@link #SPELLINGS} before this is asked. */
    private static final java.util.Set<String> NAMED_AFTER = java.util.Set.of("им", "after");

    /**
     * «… им. Гапара Айтиева» and «… им. Г. Айтиева» are one body: the first name of the person a body is named after,
     * when a surname follows it, is compared by its initial.
     */
    private static void initialledEponym(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (NAMED_AFTER.contains(words.get(i)) && words.get(i + 1).length() > 1) {
                words.set(i + 1, words.get(i + 1).substring(0, 1));
            }
        }
        int after = words.indexOf("after");
        for (int i = after + 1; after >= 0 && i < words.size(); i++) {
            words.set(i, RUSSIAN_GENITIVE.matcher(words.get(i)).replaceFirst("$1"));
        }
    }

    /**
     * "… named after V.N.Tatishcheva" beside "… named after V.N.Tatishchev": a translation that kept the Russian
     * genitive of the surname («имени Татищева») names the same body.
     */
    private static final java.util.regex.Pattern RUSSIAN_GENITIVE =
            java.util.regex.Pattern.compile("^(\\p{L}{3,}(?:ov|ev|in))a$");

    /**
     * The words joined as one key, the -ы and -и left of an adjective's -ый and -ий cut as -ой is: the nominative put
     * back from «областного» cannot tell «областный» from the text's own «областной». Only a whole name is so
     * forgiven; a short form's words must match as they are («Государственный культурный центр …» is no short form
     * of «Государственный музей Государственного культурного центра …»).
     */
    static String key(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String w : words) {
            boolean adjective = w.length() >= 5 && (w.endsWith("ы") || w.endsWith("и"));
            key.append(key.length() > 0 ? " " : "").append(adjective ? w.substring(0, w.length() - 1) : w);
        }
        return key.toString();
    }

    private static final String CIRCUMFLEXED = "âêîôû";
    private static final String PLAIN = "aeiou";

    /**
     * "Academy of Maqâm" and "Academy of Maqam": a circumflex marks a long vowel in a transliteration some writers keep
     * and others drop; no alphabet of the region tells two letters apart by it.
     */
    private static String circumflexFree(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            int k = CIRCUMFLEXED.indexOf(s.charAt(i));
            if (k >= 0) {
                out = out == null ? new StringBuilder(s) : out;
                out.setCharAt(i, PLAIN.charAt(k));
            }
        }
        return out == null ? s : out.toString();
    }

    private static final List<String> RESTORED = List.of("", "а", "я", "ы", "ая");

    /**
     * The words with each state's name, in one or two words, put as its code («Национальная библиотека Кыргызстана»,
     * «… Кыргызской Республики имени …»): one body's names may call its state either way.
     */
    static List<String> stateFolded(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String two = i + 1 < words.size() ? STATES.get(words.get(i) + " " + words.get(i + 1)) : null;
            String one = two == null ? STATES.get(words.get(i)) : null;
            out.add(two != null ? "#" + two : one != null ? "#" + one : words.get(i));
            i += two != null ? 1 : 0;
        }
        // "the Embassy of the Republic of Kazakhstan" is the "Embassy of Kazakhstan": a state's formal name is the state
        for (int i = out.size() - 1; i >= 2; i--) {
            if (out.get(i).startsWith("#") && out.get(i - 1).equals("of") && out.get(i - 2).equals("republic")) {
                int from = i >= 3 && out.get(i - 3).equals("the") ? i - 3 : i - 2;
                out.subList(from, i).clear();
                i = from;
            }
        }
        // "Japan’s Embassy" is the "Embassy of Japan": a state's possessive opening a name is its "of" after the rest
        if (out.size() >= 3 && out.get(0).startsWith("#") && out.get(1).equals("s")) {
            List<String> of = new ArrayList<>(out.subList(2, out.size()));
            of.add("of");
            of.add(out.get(0));
            return of;
        }
        return out;
    }

    /** Each stem's, or two stems' (joined by a space), state, looked up once. */
    private static final WordMemo<String> STATES = new WordMemo<>(NameKey::state, 100_000);

    private static String state(String stems) {
        int space = stems.indexOf(' ');
        return space < 0 ? state(stems, null) : state(stems.substring(0, space), stems.substring(space + 1));
    }

    /** The code of the state a stem, or two, name with an ending put back, or null. */
    private static String state(String first, String second) {
        for (String a : RESTORED) {
            for (String b : second == null ? List.of("") : RESTORED) {
                Gazetteer.Entry e = Gazetteer.get(first + a + (second == null ? "" : " " + second + b));
                if (e != null && e.city() == null && !e.adjective() && !e.region() && !e.country().isEmpty()) {
                    return e.country();
                }
            }
        }
        return null;
    }

    static String of(String name) {
        return String.join(" ", words(name));
    }

    private static String stem(String w) {
        if (w.length() >= 7 && (w.endsWith("ский") || w.endsWith("цкий"))) {
            return w.substring(0, w.length() - 2); // «Мусоргский» as «Мусоргского»: the adjective's stem
        }
        for (String e : ENDINGS) {
            if (w.length() - e.length() >= 4 && w.endsWith(e)) {
                String stem = w.substring(0, w.length() - e.length());
                // «кітапханасы» and «кітапхана»: a Kazakh possessive's -сы, -сі follows a vowel the bare word ends in
                return e.startsWith("с") ? stem(stem) : stem;
            }
        }
        return w;
    }
}
