package org.creativeatlas.logic.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Towns abroad the gazetteer does not know, read from the page that says which country they are in: "in Muscat
 * (Oman)", «в Денизли (Турция)», "in Bath, England", "the city of Trier in Germany", "the Turkish city of
 * Kastamonu", «в турецком городе Денизли», «Түркияның Кастамону қаласында», "Bath is one of the … cities in
 * England". A partner's town is named once with its country and then alone, on a page the rest of which is about
 * home; knowing it is abroad places the bodies in it.
 */
final class StatedCities {

    private static final Set<String> BEFORE = Set.of("in", "at", "to", "from", "near", "в", "во", "из", "г",
            "город", "городе", "города", "city", "town");
    private static final Set<String> CITY_WORDS = Set.of("city", "town", "город", "городе", "города", "городом",
            "cities", "capital");
    private static final Set<String> IN = Set.of("in", "of");
    /** How many words a sentence may run between "Bath is" and "cities in England". */
    private static final int IS_REACH = 10;

    private StatedCities() {
    }

    /** Each stated town's forms in lower case, as the text writes it and without a case ending, with its place. */
    static Map<String, Gazetteer.Entry> read(Document doc, List<Place> known) {
        Place[] at = new Place[doc.size()];
        boolean[] covered = new boolean[doc.size()];
        for (Place p : known) {
            at[p.from()] = p;
            java.util.Arrays.fill(covered, p.from(), p.to(), true);
        }
        Map<String, Gazetteer.Entry> towns = new HashMap<>();
        for (int x = 0; x < doc.size(); x++) {
            Token t = doc.token(x);
            if (!t.isWord() || !t.isCapitalised() || t.isAbbreviation() || t.text().length() < 3 || covered[x]
                    || Months.is(t.lower())) {
                continue;
            }
            String country = country(doc, at, x);
            if (country != null) {
                String city = cityName(t);
                for (String form : PlaceFinder.inflections(t.lower())) {
                    towns.putIfAbsent(form, new Gazetteer.Entry(country, city, false, false, false));
                }
            }
        }
        return towns;
    }

    private static String country(Document doc, Place[] at, int x) {
        String before = x > 0 ? doc.token(x - 1).lower() : "";
        int after = x + 1 < doc.size() && CITY_WORDS.contains(doc.token(x + 1).lower()) ? x + 2 : x + 1;
        // "in Muscat (Oman)", «в Денизли (Турция)», «Кастамону қаласында (Түркия)»
        if (BEFORE.contains(before) || kazakhTown(doc, x)) {
            String bracketed = after + 2 < doc.size() && doc.token(after).is("(") ? state(at, after + 1) : null;
            if (bracketed != null && doc.token(at[after + 1].to()).is(")")) {
                return bracketed;
            }
        }
        // "in Bath, England." but not "in Bath, England and Wales"
        String listed = x + 2 < doc.size() && doc.token(x + 1).is(",") ? state(at, x + 2) : null;
        if (listed != null && (before.equals("in") || before.equals("в")) && alone(doc, at[x + 2].to())) {
            return listed;
        }
        // "the city of Trier in Germany", "the Turkish city of Kastamonu", «в турецком городе Денизли»
        if (before.equals("of") && x >= 2 && CITY_WORDS.contains(doc.token(x - 2).lower())) {
            String of = x >= 3 && at[x - 3] != null && at[x - 3].adjective() ? at[x - 3].country() : null;
            String in = x + 2 < doc.size() && IN.contains(doc.token(x + 1).lower()) ? state(at, x + 2) : null;
            return of != null ? of : in;
        }
        if (CITY_WORDS.contains(before) && x >= 2 && at[x - 2] != null && at[x - 2].adjective()
                && doc.token(x - 1).isCyrillic()) {
            return at[x - 2].country();
        }
        // «Түркияның Кастамону қаласында»
        if (kazakhTown(doc, x) && x >= 1 && at[x - 1] != null && at[x - 1].state()
                && genitive(doc.token(x - 1).lower())) {
            return at[x - 1].country();
        }
        return opensSentenceAsCity(doc, at, x);
    }

    /** "Bath is one of the most beautiful cities in England": the sentence's subject said to be a town of a state. */
    private static String opensSentenceAsCity(Document doc, Place[] at, int x) {
        Document.Sentence s = doc.sentenceAt(x);
        if (s.from() != x || x + 1 >= s.to() || !doc.token(x + 1).lower().equals("is")) {
            return null;
        }
        for (int i = x + 2; i + 2 < s.to() && i <= x + IS_REACH; i++) {
            if (CITY_WORDS.contains(doc.token(i).lower()) && IN.contains(doc.token(i + 1).lower())) {
                return state(at, i + 2);
            }
        }
        return null;
    }

    private static boolean kazakhTown(Document doc, int x) {
        if (x + 1 >= doc.size()) {
            return false;
        }
        String next = doc.token(x + 1).lower();
        return next.startsWith("қала") || next.startsWith("qala");
    }

    private static boolean genitive(String word) {
        for (String g : KazakhNames.GENITIVE) {
            if (word.endsWith(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list's end after a state: a stop, a bracket or a lower-case word, not "and" or a further name; or a comma closing
     * the aside before the sentence goes on ("… Center in Prilep, North Macedonia, signed …").
     */
    private static boolean alone(Document doc, int i) {
        if (i >= doc.size()) {
            return true;
        }
        Token t = doc.token(i);
        return t.is(".") || t.is(";") || t.is(")") || lowerGoesOn(t)
                || t.is(",") && i + 1 < doc.size() && lowerGoesOn(doc.token(i + 1));
    }

    private static boolean lowerGoesOn(Token t) {
        return t.isWord() && !t.isCapitalised() && !Set.of("and", "и", "or").contains(t.lower());
    }

    private static String state(Place[] at, int i) {
        return i < at.length && at[i] != null && at[i].state() ? at[i].country() : null;
    }

    /** The town's name as written, and for a Russian locative its nominative («Владикавказе» is Владикавказ). */
    private static String cityName(Token t) {
        String w = t.text();
        return t.isCyrillic() && w.endsWith("е") && w.length() > 5 && "аеиоуыэюя".indexOf(w.charAt(w.length() - 2)) < 0
                ? w.substring(0, w.length() - 1) : w;
    }
}
