package org.creativeatlas.logic.sheets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Country;

/**
 * A country written any common way → its ISO code: the code itself, the English, Russian or Kazakh name, and the
 * other names people write (Киргизия, Kyrgyz Republic, Республика Казахстан, USA, Южная Корея, O'zbekiston...).
 */
final class CountryNames {

    private static final String[][] ALIASES = {
        {"KG", "Киргизия", "Kyrgyz Republic", "Kirghizia", "Kirgizstan", "Кыргызская Республика", "Киргизстан",
            "Қырғыз Республикасы", "Кыргыз Республикасы"},
        {"KZ", "Republic of Kazakhstan", "Республика Казахстан", "Қазақстан Республикасы", "Qazaqstan", "Kazakstan"},
        {"UZ", "Republic of Uzbekistan", "Республика Узбекистан", "O'zbekiston", "Oʻzbekiston", "Ўзбекистон",
            "Uzbekiston"},
        {"TJ", "Republic of Tajikistan", "Республика Таджикистан", "Тоҷикистон", "Tojikiston", "Тажикистан"},
        {"TM", "Türkmenistan", "Туркмения", "Turkmenia", "Түркменстан"},
        {"RU", "Russian Federation", "Российская Федерация", "Ресей Федерациясы"},
        {"US", "USA", "U.S.A.", "United States of America", "США", "Соединённые Штаты Америки", "АҚШ"},
        {"GB", "UK", "U.K.", "Great Britain", "Britain", "England", "Англия", "Соединённое Королевство"},
        {"KR", "Korea", "Republic of Korea", "Южная Корея", "Корея", "Корея Республикасы"},
        {"TR", "Türkiye", "Turkiye", "Туркия"},
        {"DE", "Deutschland", "ФРГ"},
        {"CN", "PRC", "People's Republic of China", "КНР"},
    };
    private static final Map<String, String> BY_NAME = load();

    private CountryNames() {
    }

    static Optional<String> code(String text) {
        String key = Words.key(text);
        if (key.length() == 2 && Countries.isKnown(key)) {
            return Optional.of(key.toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(BY_NAME.get(key));
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : ALIASES) {
            for (int i = 1; i < row.length; i++) {
                out.put(Words.key(row[i]), row[0]);
            }
        }
        for (Country c : Countries.all()) {
            out.putIfAbsent(Words.key(c.nameEn()), c.code());
            out.putIfAbsent(Words.key(c.nameRu()), c.code());
            out.putIfAbsent(Words.key(c.nameKk()), c.code());
        }
        return Map.copyOf(out);
    }
}
