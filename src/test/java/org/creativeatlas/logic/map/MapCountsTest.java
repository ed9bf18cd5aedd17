package org.creativeatlas.logic.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class MapCountsTest {

    private long nextId = 1;

    private ActorRow row(ActorType type, String country, String city) {
        Actor a = Actor.named(type, "Actor " + nextId).withId(nextId++).with(ActorField.COUNTRY, country)
                .with(ActorField.CITY, city);
        return ActorRow.of(a, List.of());
    }

    @Test
    void oneCityWrittenThreeWaysIsOnePlace() {
        List<ActorRow> rows = List.of(row(ActorType.ORGANISATION, "KZ", "Almaty"),
                row(ActorType.EVENT, "KZ", "Алматы"), row(ActorType.PERSON, "KZ", "Алма-Ата"),
                row(ActorType.ORGANISATION, "KG", "Бишкек"));

        MapCounts counts = MapCounts.of(rows, r -> true, CityGazetteer.standard());

        assertEquals(2, counts.places().size());
        PlaceCount almaty = counts.places().get(0);
        assertEquals("Almaty", almaty.place().nameEn());
        assertEquals(3, almaty.total());
        assertEquals(1, almaty.count(ActorType.EVENT));
        assertArrayEquals(new long[] {1, 2, 3}, almaty.ids());
        assertEquals(3, counts.country("KZ"));
        assertEquals(1, counts.country("KG"));
    }

    @Test
    void whatTheMapCannotPlaceIsCountedApart() {
        List<ActorRow> rows = List.of(row(ActorType.ORGANISATION, "KZ", null),
                row(ActorType.ORGANISATION, "KZ", "Village nobody mapped"), row(ActorType.PERSON, null, null),
                row(ActorType.PLATFORM, null, "Бішкек"), row(ActorType.EVENT, "US", "New York"));

        MapCounts counts = MapCounts.of(rows, r -> true, CityGazetteer.standard());

        assertEquals(2, counts.country("KZ"), "a country without a known city still counts for the country");
        assertEquals(2, counts.withoutPlace("KZ"));
        assertEquals(1, counts.country("KG"), "a known city gives its country");
        assertEquals(1, counts.country("US"));
        assertEquals(1, counts.nowhere(), "neither country nor city");
        assertEquals(2, counts.unknownCities());
        assertEquals(5, counts.total());
        assertEquals(2, counts.maxCountry());
    }

    @Test
    void onlyWhatTheFilterKeepsIsCounted() {
        List<ActorRow> rows = List.of(row(ActorType.ORGANISATION, "KZ", "Astana"),
                row(ActorType.ORGANISATION, "KG", "Osh"), row(ActorType.ORGANISATION, "KG", "Ош"));

        MapCounts counts = MapCounts.of(rows, ActorFilter.NONE.withCountries(java.util.Set.of("KG")),
                CityGazetteer.standard());

        assertEquals(0, counts.country("KZ"));
        assertEquals(2, counts.country("KG"));
        assertEquals(List.of("Osh"), counts.places().stream().map(p -> p.place().nameEn()).toList());
    }

    @Test
    void classesAreRoundAndCoverTheLargestCount() {
        ClassBreaks few = ClassBreaks.of(3);
        assertEquals(3, few.size());
        assertEquals(2, few.classOf(3));
        assertEquals(-1, few.classOf(0));
        ClassBreaks many = ClassBreaks.of(40_000);
        assertEquals(5, many.size());
        assertEquals(1, many.lower(0));
        assertEquals(40_000, many.upper(4));
        assertEquals(0, many.classOf(1));
        assertEquals(4, many.classOf(40_000));
        for (int k = 1; k < many.size(); k++) {
            assertEquals(many.upper(k - 1) + 1, many.lower(k));
        }
        assertEquals(10, many.upper(0), "40 000^(1/5) = 8.3, rounded up to 10");
    }
}
