package org.creativeatlas.logic.filter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** A city is found by its name in any of the three languages, whichever one the catalogue wrote. */
class CitySearchTest {

    private static ActorRow in(String city, String country) {
        return ActorRow.of(Actor.named(ActorType.ORGANISATION, "Hub").withId(1).with(ActorField.CITY, city)
                .with(ActorField.COUNTRY, country), List.of());
    }

    @Test
    void aCityWrittenInOneScriptIsFoundInTheOthers() {
        assertTrue(ActorFilter.NONE.withText("Алматы").test(in("Almaty", "KZ")));
        assertTrue(ActorFilter.NONE.withText("almaty").test(in("Алматы", "KZ")));
        assertTrue(ActorFilter.NONE.withText("Бішкек").test(in("Бишкек", "KG")));
        assertTrue(ActorFilter.NONE.withText("усть-каменогорск").test(in("Өскемен", "KZ")));
        assertTrue(ActorFilter.NONE.withText("Oskemen").test(in("Усть-Каменогорск", null)));
    }

    @Test
    void otherCitiesAndUnknownOnesAreNotMatched() {
        assertFalse(ActorFilter.NONE.withText("Астана").test(in("Almaty", "KZ")));
        assertFalse(ActorFilter.NONE.withText("Ош").test(in("Osh", "KZ")), "no Osh in Kazakhstan");
        assertTrue(ActorFilter.NONE.withText("Nowhere").test(in("Nowhereville", "KZ")));
    }
}
