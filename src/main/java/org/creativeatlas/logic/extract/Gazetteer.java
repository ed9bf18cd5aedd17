package org.creativeatlas.logic.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.geo.Place;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Country;

/**
 * Place names (countries in three languages, their other names and adjectives, cities) by lower-case form: this
 * folder's {@code places.tsv} first, then the checked cities of the map's {@link CityGazetteer}.
 */
final class Gazetteer {

    /**
     * A form's country code ("" for a region), English city name (null unless a city), whether it is an English
     * nationality adjective, whether the text must write it in capitals to mean the place (КР, США, UK), and
     * whether it is a region of a state (Mangystau), which names the state's body no more than a city does.
     */
    record Entry(String country, String city, boolean adjective, boolean capitals, boolean region) {
    }

    private static final Map<String, Entry> FORMS = new HashMap<>();
    /** Checked cities whose names are more often a person's: Mary (Turkmenistan), Satpayev (a surname). */
    private static final Set<String> NOT_PLACES = Set.of("Mary", "Satpayev");
    /** First words of the names of more than one word, so most words need only one look-up. */
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();
    private static int longest = 1;

    static {
        for (Country c : Countries.all()) {
            put(c.nameEn(), c.code(), null, false, abbreviation(c.nameEn()), false);
            put(c.nameRu(), c.code(), null, false, abbreviation(c.nameRu()), false);
            put(c.nameKk(), c.code(), null, false, abbreviation(c.nameKk()), false);
        }
        for (String[] r : Resources.rows("places.tsv")) {
            String city = r.length > 2 && !r[2].isEmpty() ? r[2] : null;
            // the list writes its forms in lower case: a short one that is no city is an abbreviation (кр, usa)
            String kind = r.length > 3 ? r[3] : "";
            put(r[0], r.length > 1 ? r[1] : "", city, kind.equals("adjective"), city == null && r[0].length() <= 4,
                    kind.equals("region"));
        }
        // the map's cities whose names were checked, in three languages, and their other Cyrillic names (Алма-Ата,
        // Фрунзе; the Latin ones are mostly other languages' spellings); towns are left out, as many of their
        // names are also words or people's names (Abay, Kant, Juma)
        for (Place p : CityGazetteer.standard().all()) {
            if (p.checked() && !NOT_PLACES.contains(p.nameEn())) {
                Stream.concat(Stream.of(p.nameEn(), p.nameRu(), p.nameKk()),
                                p.otherNames().stream().filter(n -> Character.UnicodeScript.of(n.codePointAt(0))
                                        == Character.UnicodeScript.CYRILLIC))
                        .forEach(form -> put(form, p.country(), p.nameEn(), false, false, false));
            }
        }
    }

    private Gazetteer() {
    }

    private static void put(String form, String code, String city, boolean adjective, boolean capitals,
            boolean region) {
        String key = form.toLowerCase(Locale.ROOT).replace('ё', 'е').trim();
        FORMS.putIfAbsent(key, new Entry(code, city, adjective, capitals, region));
        String[] words = key.split(" ");
        longest = Math.max(longest, words.length);
        if (words.length > 1) {
            FIRST_WORDS.add(words[0]);
        }
    }

    static Entry get(String lowerForm) {
        return FORMS.get(lowerForm);
    }

    /**
     * The country a nation's word names where it stands in lower case (қырғыз, тәжік, nemis): as the gazetteer has it,
     * no city and no name written in capitals, so no place the text names; null otherwise.
     */
    static String nationWord(Token t) {
        Entry e = t.isCapitalised() ? null : get(t.lower());
        return e != null && e.city() == null && !e.capitals() ? e.country() : null;
    }

    /** The most words a place name starting with this word has. */
    static int longest(String firstWord) {
        return FIRST_WORDS.contains(firstWord) ? longest : 1;
    }

    /** A country's full name in capitals (ОАЭ, КНДР): short names such as Иран, Перу need none. */
    private static boolean abbreviation(String name) {
        return name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
    }
}
