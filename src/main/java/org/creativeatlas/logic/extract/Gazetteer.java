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
        longest = Math.max(longest, key.split(" ").length);
    }

    static Entry get(String lowerForm) {
        return FORMS.get(lowerForm);
    }

    /** The most words a place name has. */
    static int longest() {
        return longest;
    }

    /** Country codes the text writes as short capitals (КР, США, UK) need capitals to count. */
    static boolean needsCapitals(String key, Entry e) {
        return e.city() == null && key.length() <= 4;
    }
}
