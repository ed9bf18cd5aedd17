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
     * A form's country code ("" for a region), English city name (null unless a city), and whether it is an English
     * nationality adjective.
     */
    record Entry(String country, String city, boolean adjective) {
    }

    private static final Map<String, Entry> FORMS = new HashMap<>();
    /** Checked cities whose names are more often a person's: Mary (Turkmenistan), Satpayev (a surname). */
    private static final Set<String> NOT_PLACES = Set.of("Mary", "Satpayev");
    /** First words of the names of more than one word, so most words need only one look-up. */
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();
    private static int longest = 1;

    static {
        for (Country c : Countries.all()) {
            put(c.nameEn(), c.code(), null, false);
            put(c.nameRu(), c.code(), null, false);
            put(c.nameKk(), c.code(), null, false);
        }
        for (String[] r : Resources.rows("places.tsv")) {
            put(r[0], r.length > 1 ? r[1] : "", r.length > 2 && !r[2].isEmpty() ? r[2] : null,
                    r.length > 3 && r[3].equals("adjective"));
        }
        // the map's cities whose names were checked, in three languages, and their other Cyrillic names (Алма-Ата,
        // Фрунзе; the Latin ones are mostly other languages' spellings); towns are left out, as many of their
        // names are also words or people's names (Abay, Kant, Juma)
        for (Place p : CityGazetteer.standard().all()) {
            if (p.checked() && !NOT_PLACES.contains(p.nameEn())) {
                Stream.concat(Stream.of(p.nameEn(), p.nameRu(), p.nameKk()),
                                p.otherNames().stream().filter(n -> Character.UnicodeScript.of(n.codePointAt(0))
                                        == Character.UnicodeScript.CYRILLIC))
                        .forEach(form -> put(form, p.country(), p.nameEn(), false));
            }
        }
    }

    private Gazetteer() {
    }

    private static void put(String form, String code, String city, boolean adjective) {
        String key = form.toLowerCase(Locale.ROOT).replace('ё', 'е').trim();
        FORMS.putIfAbsent(key, new Entry(code, city, adjective));
        String[] words = key.split(" ");
        longest = Math.max(longest, words.length);
        if (words.length > 1) {
            FIRST_WORDS.add(words[0]);
        }
    }

    static Entry get(String lowerForm) {
        return FORMS.get(lowerForm);
    }

    /** The most words a place name starting with this word has. */
    static int longest(String firstWord) {
        return FIRST_WORDS.contains(firstWord) ? longest : 1;
    }

    /** Country codes the text writes as short capitals (КР, США, UK) need capitals to count. */
    static boolean needsCapitals(String key, Entry e) {
        return e.city() == null && key.length() <= 4;
    }
}
