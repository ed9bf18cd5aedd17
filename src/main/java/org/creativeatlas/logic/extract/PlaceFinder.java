package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds places in the text, their last word in any case form (Бишкеке, Қырғызстандағы) or as an adjective (корейское). */
final class PlaceFinder {

    private static final Set<String> KK_DATIVE = Set.of("ға", "ге", "қа", "ке", "на", "не", "а", "е");
    private static final Set<String> KK_PLACE_NOUNS = Set.of("қаласына", "қаласы", "облысына", "еліне", "астанасына");
    private static final String BASED = "-based";
    /** Short English names of countries that are also first names. */
    private static final Set<String> LATIN_FIRST_NAMES = Set.of("chad");
    private static final List<String> NOMINATIVES = List.of("ая", "ый", "ий", "ое");
    private static final String[] RU_RESTORE = {"", "а", "я", "ь", "й", "о"};
    private static final List<String> KK_ADJECTIVE = List.of("лық", "лік", "дық", "дік", "тық", "тік");

    private PlaceFinder() {
    }

    static List<Place> find(Document doc) {
        List<Place> known = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            Place p = at(doc, i);
            if (p != null) {
                known.add(p);
                i = p.to() - 1;
            }
        }
        Map<String, Gazetteer.Entry> stated = StatedCities.read(doc, known);
        return stated.isEmpty() ? known : withStated(doc, known, stated);
    }

    /** The places found, with each other word the page itself states is a town abroad, in the text's order. */
    private static List<Place> withStated(Document doc, List<Place> known, Map<String, Gazetteer.Entry> stated) {
        List<Place> places = new ArrayList<>(known.size() + 4);
        int next = 0;
        for (int i = 0; i < doc.size(); i++) {
            if (next < known.size() && known.get(next).from() == i) {
                Place p = known.get(next++);
                places.add(p);
                i = p.to() - 1;
                continue;
            }
            Token t = doc.token(i);
            Gazetteer.Entry town = t.isWord() && t.isCapitalised() && !eponym(doc, i) ? stated.get(t.lower()) : null;
            if (town != null) {
                places.add(new Place(i, i + 1, town.country(), town.city(), false, destination(doc, i, i + 1, "")));
            }
        }
        return places;
    }

    private static Place at(Document doc, int i) {
        Token first = doc.token(i);
        if (!first.isWord()) {
            return null;
        }
        if (first.isCapitalised() && !eponym(doc, i)) {
            for (String form : firstWordForms(first.lower())) {
                for (int n = Math.min(Gazetteer.longest(form), doc.size() - i); n >= 1; n--) {
                    Place p = n > 1 || form.equals(first.lower()) ? named(doc, i, n, form) : null;
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        String word = first.lower();
        if (word.endsWith(BASED) && Gazetteer.get(word.substring(0, word.length() - BASED.length())) != null) {
            Gazetteer.Entry e = Gazetteer.get(word.substring(0, word.length() - BASED.length()));
            return new Place(i, i + 1, code(e), e.city(), true, false); // "the Almaty-based studio"
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 3 && word.charAt(hyphen - 1) == 'о') {
            if (nationAdjective(word.substring(hyphen + 1))) {
                return null; // «Российско-Таджикский университет» is of two nations: where it stands says whose
            }
            word = word.substring(0, hyphen - 1) + "ий";
        }
        String adj = Morph.ruAdjectiveEnding(word);
        if (adj == null) {
            return kazakhAdjective(i, word);
        }
        String stem = word.substring(0, word.length() - adj.length());
        Gazetteer.Entry e = Gazetteer.get(stem + "ий");
        e = e != null ? e : Gazetteer.get(stem + "ый");
        return e == null ? null : new Place(i, i + 1, code(e), e.city(), true, false);
    }

    /** Whether a Russian word is a nation's adjective in any case («таджикском», «турецкого»). */
    private static boolean nationAdjective(String word) {
        String adj = Morph.ruAdjectiveEnding(word);
        if (adj == null) {
            return false;
        }
        String stem = word.substring(0, word.length() - adj.length());
        Gazetteer.Entry e = Gazetteer.get(stem + "ий");
        e = e != null ? e : Gazetteer.get(stem + "ый");
        return e != null && e.country() != null;
    }

    /**
     * «С. Торайғыров атындағы кітапхана», «Ә.Марғұлан атындағы институт»: a word after an initial, or right before
     * «атындағы» or after «имени» ("named after"), is a person's name, though a town or a country bears it too
     * (Маргилан is Марғұлан in Kazakh; Азербайджан Мамбетов was a director).
     */
    private static boolean eponym(Document doc, int i) {
        Token before = i >= 2 ? doc.token(i - 2) : null; // "St. Petersburg" is a place
        boolean initial = before != null && doc.token(i - 1).is(".") && before.isInitial()
                && (before.text().length() == 1 || before.isCyrillic());
        // «театр … им. Азербайджана Мамбетова», «имени Абая»: a first name after the Russian "named after"
        boolean named = i >= 1 && doc.token(i - 1).lower().equals("имени")
                || i >= 2 && doc.token(i - 1).is(".") && doc.token(i - 2).lower().equals("им");
        return initial || named || i + 1 < doc.size() && doc.token(i + 1).lower().startsWith("атында")
                || firstName(doc, i);
    }

    /** «члены Союза писателей КР Акылбек Мамадалиев, Самара Насырова»: a town's name before a surname is a first name. */
    private static boolean firstName(Document doc, int i) {
        Token t = doc.token(i);
        Token next = i + 1 < doc.size() ? doc.token(i + 1) : null;
        Gazetteer.Entry town = Gazetteer.get(t.lower());
        return next != null && town != null && town.city() != null && next.isWord() && next.isCapitalised()
                && !next.isAbbreviation() && next.isCyrillic() == t.isCyrillic() && Surnames.looksLike(next.lower())
                && Gazetteer.get(next.lower()) == null
                && (i == 0 || !Scan.isFunctionWord(doc.token(i - 1)) || doc.token(i - 1).is("by")); // "paintings by Naryn Turpanov"
    }

    /**
     * A Kazakh adjective of a place, written in lower case inside a sentence: қазақстандық, ресейлік, алматылық
     * ("of Kazakhstan", "of Russia", "of Almaty"), the place's name with -лық/-лік/-дық/-дік/-тық/-тік.
     */
    private static Place kazakhAdjective(int i, String word) {
        for (String suffix : KK_ADJECTIVE) {
            Gazetteer.Entry e = word.endsWith(suffix) && word.length() - suffix.length() >= 4
                    ? Gazetteer.get(word.substring(0, word.length() - suffix.length())) : null;
            if (e != null && !e.capitals()) {
                return new Place(i, i + 1, code(e), e.city(), true, false);
            }
        }
        return null;
    }

    /** The first word as written, and for a Russian adjective its nominatives («Центральной Азии», «Южной Кореи»). */
    private static List<String> firstWordForms(String lower) {
        String ending = Gazetteer.longest(lower) > 1 ? null : Morph.ruAdjectiveEnding(lower);
        if (ending == null) {
            return List.of(lower);
        }
        String stem = lower.substring(0, lower.length() - ending.length());
        List<String> forms = new ArrayList<>(3);
        forms.add(lower);
        for (String nominative : NOMINATIVES) {
            if (Gazetteer.longest(stem + nominative) > 1) {
                forms.add(stem + nominative);
            }
        }
        return forms;
    }

    private static Place named(Document doc, int from, int n, String firstForm) {
        StringBuilder prefix = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            if (!doc.token(k).isWord()) {
                return null;
            }
            if (k < from + n - 1) {
                prefix.append(k == from ? firstForm : doc.token(k).lower()).append(' ');
            }
        }
        Token last = doc.token(from + n - 1);
        String shown = hyphenedStem(last.text());
        shown = shown != null ? shown : last.text();
        // «РУз»: a state's short name may keep a small letter of its last word
        boolean code = shown.length() > 1 && shown.length() <= 4
                && Character.isUpperCase(shown.charAt(0)) && Character.isUpperCase(shown.charAt(1));
        for (String form : inflections(last.lower())) {
            String key = prefix + form;
            Gazetteer.Entry e = Gazetteer.get(key);
            if (e != null && (!e.capitals() || last.isAbbreviation() || code)
                    && !wordOrFirstName(doc, from, n, key, e, last)) {
                return new Place(from, from + n, code(e), e.city(), e.adjective(),
                        destination(doc, from, from + n, ending(last.lower(), form)));
            }
        }
        return null;
    }

    /**
     * A country's short name as written, opening a sentence or before a capitalised word, is more likely a word or a
     * first name than the country («Того, кто победит …», "Chad Morris"); with a case ending («из Ирана») or inside
     * a sentence («Иран и Казахстан») it is the country.
     */
    private static boolean wordOrFirstName(Document doc, int from, int n, String key, Gazetteer.Entry e, Token last) {
        if (n != 1 || e.city() != null || e.capitals() || last.isAbbreviation() || key.length() > 4
                || !key.equals(last.lower()) || last.isLatin() && !LATIN_FIRST_NAMES.contains(key)) {
            return false; // "Iran Book and Literature House", "Oman Air": no English first name
        }
        boolean opens = doc.sentenceAt(from).from() == from;
        boolean beforeName = from + 1 < doc.size() && doc.token(from + 1).isWord() && doc.token(from + 1).isCapitalised();
        return opens || beforeName;
    }

    private static String code(Gazetteer.Entry e) {
        return e.country().isEmpty() ? null : e.country();
    }

    /**
     * The word itself, then without an English possessive or with a Kazakh or Russian case ending cut (and a dropped
     * final letter put back).
     */
    static List<String> inflections(String lower) {
        List<String> forms = new ArrayList<>(8);
        forms.add(lower);
        if (Morph.enPossessive(lower)) {
            forms.add(lower.substring(0, lower.length() - 2)); // "Moscow’s Garage Museum"
        } else if (Morph.lostApostrophe(lower)) {
            forms.add(lower.substring(0, lower.length() - 1)); // "Tajikistans Ambassador": a page that lost its apostrophes
        }
        String stem = hyphenedStem(lower);
        if (stem != null) {
            forms.add(stem); // «АҚШ-тың», «ҚХР-да»: a state's acronym takes its Kazakh case after a hyphen
        }
        for (String kk : Morph.KK_CASE) {
            if (!kk.isEmpty() && lower.endsWith(kk) && lower.length() - kk.length() >= 3) {
                forms.add(lower.substring(0, lower.length() - kk.length()));
            }
        }
        for (int cut = 1; cut <= 2 && lower.length() - cut >= 3; cut++) {
            String ending = lower.substring(lower.length() - cut);
            // a town is one: -ов, -ев end the plural and surnames («Оралов» is no form of Орал)
            if (Morph.RU_NOUN.contains(ending) && !ending.equals("ов") && !ending.equals("ев")) {
                for (String r : RU_RESTORE) {
                    forms.add(lower.substring(0, lower.length() - cut) + r);
                }
            }
        }
        return forms;
    }

    /** The word before a hyphen and a Kazakh case ending after it, or null. */
    private static String hyphenedStem(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen >= 2 && Morph.KK_CASE.contains(word.substring(hyphen + 1).toLowerCase(java.util.Locale.ROOT))
                && hyphen + 1 < word.length() ? word.substring(0, hyphen) : null;
    }

    /** What the text's word has beyond the gazetteer's form ("е" of Бишкеке), "" if unchanged or not a prefix. */
    private static String ending(String word, String form) {
        return word.startsWith(form) ? word.substring(form.length()) : "";
    }

    private static boolean destination(Document doc, int from, int to, String ending) {
        Token last = doc.token(to - 1);
        String before = from > 0 ? doc.token(from - 1).lower() : "";
        String after = to < doc.size() ? doc.token(to).lower() : "";
        if (before.equals("to") || KK_PLACE_NOUNS.contains(after)) {
            return true;
        }
        if (doc.sentenceAt(from).lang() == Lang.KK) {
            return KK_DATIVE.contains(ending);
        }
        boolean declinable = "аяоеиыуюь".indexOf(last.lower().charAt(last.lower().length() - 1)) < 0;
        return ending.isEmpty() && (before.equals("в") || before.equals("во")) && declinable && !last.isAbbreviation();
    }
}
