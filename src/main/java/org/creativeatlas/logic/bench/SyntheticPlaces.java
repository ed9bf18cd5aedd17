package org.creativeatlas.logic.bench;

import java.util.List;
import java.util.Random;

/** Where synthetic actors are: mostly the five Central Asian countries, as in the real catalogue, some abroad. */
final class SyntheticPlaces {

    /** A city in English (as the catalogue stores it) and as local names write it. */
    record Place(String country, String city, String localName) {
    }

    private static final List<Place> KZ = List.of(new Place("KZ", "Almaty", "Алматы"),
            new Place("KZ", "Astana", "Астана"), new Place("KZ", "Shymkent", "Шымкент"),
            new Place("KZ", "Karaganda", "Қарағанды"), new Place("KZ", "Oskemen", "Өскемен"),
            new Place("KZ", "Aktobe", "Ақтөбе"));
    private static final List<Place> KG = List.of(new Place("KG", "Bishkek", "Бишкек"),
            new Place("KG", "Osh", "Ош"), new Place("KG", "Karakol", "Каракол"));
    private static final List<Place> UZ = List.of(new Place("UZ", "Tashkent", "Ташкент"),
            new Place("UZ", "Samarkand", "Самарканд"), new Place("UZ", "Bukhara", "Бухара"));
    private static final List<Place> TJ = List.of(new Place("TJ", "Dushanbe", "Душанбе"),
            new Place("TJ", "Khujand", "Худжанд"));
    private static final List<Place> TM = List.of(new Place("TM", "Ashgabat", "Ашхабад"));
    private static final List<Place> ABROAD = List.of(new Place("RU", "Moscow", "Москва"),
            new Place("KR", "Seoul", "Сеул"), new Place("DE", "Berlin", "Берлин"),
            new Place("TR", "Istanbul", "Стамбул"), new Place("CN", "Beijing", "Пекин"),
            new Place("GB", "London", "Лондон"), new Place("US", "New York", "Нью-Йорк"),
            new Place("FR", "Paris", "Париж"), new Place("JP", "Tokyo", "Токио"), new Place("IN", "Delhi", "Дели"));

    private final Random random;

    SyntheticPlaces(Random random) {
        this.random = random;
    }

    /** KZ 40 %, KG 20 %, UZ 18 %, TJ 6 %, TM 4 %, elsewhere 12 %. */
    Place next() {
        int r = random.nextInt(100);
        List<Place> country = r < 40 ? KZ : r < 60 ? KG : r < 78 ? UZ : r < 84 ? TJ : r < 88 ? TM : ABROAD;
        return country.get(random.nextInt(country.size()));
    }
}
