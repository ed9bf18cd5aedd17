package org.creativeatlas.logic.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Country;

/** Place names (countries in three languages, their other names and adjectives, cities) by lower-case form. */
final class Gazetteer {

    /** A form's country code ("" for a region) and English city name (null unless a city). */
    record Entry(String country, String city) {
    }

    private static final Map<String, Entry> FORMS = new HashMap<>();
    /** First words of the names of more than one word, so most words need only one look-up. */
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();
    private static int longest = 1;

    static {
        for (Country c : Countries.all()) {
            put(c.nameEn(), c.code(), null);
            put(c.nameRu(), c.code(), null);
            put(c.nameKk(), c.code(), null);
        }
        for (String[] r : Resources.rows("places.tsv")) {
            put(r[0], r.length > 1 ? r[1] : "", r.length > 2 && !r[2].isEmpty() ? r[2] : null);
        }
    }

    private Gazetteer() {
    }

    private static void put(String form, String code, String city) {
        String key = form.toLowerCase(Locale.ROOT).replace('ё', 'е').trim();
        FORMS.putIfAbsent(key, new Entry(code, city));
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
