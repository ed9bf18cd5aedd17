package org.creativeatlas.logic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.junit.jupiter.api.Test;

class ActorFilterTest {

    private final ActorRow turan = row(Actor.named(ActorType.ORGANISATION, "«Тұран» университеті")
            .with(ActorField.KIND, "university").with(ActorField.COUNTRY, "KZ").with(ActorField.CITY, "Almaty")
            .with(ActorField.SECTORS, Set.of(Sector.EDUCATION)).with(ActorField.STATUS, Status.ACTIVE),
            "Turan University");
    private final ActorRow park = row(Actor.named(ActorType.ORGANISATION, "Парк креативных индустрий")
            .with(ActorField.KIND, "creative_hub").with(ActorField.COUNTRY, "KG").with(ActorField.CITY, "Bishkek")
            .with(ActorField.SECTORS, Set.of(Sector.IT_DIGITAL, Sector.DESIGN)));
    private final ActorRow koica = row(Actor.named(ActorType.ORGANISATION, "KOICA")
            .with(ActorField.KIND, "international").with(ActorField.COUNTRY, "KR").with(ActorField.STATUS, Status.CLOSED));
    private final ActorRow forum = row(Actor.named(ActorType.EVENT, "Форум креативных индустрий")
            .with(ActorField.KIND, "forum").with(ActorField.COUNTRY, "KG"));
    private final ActorRow person = row(Actor.named(ActorType.PERSON, "ШАЛАБАЕВА Гүлнар")
            .with(ActorField.ROLE, "Ректор").with(ActorField.COUNTRY, "KZ"));
    private final List<ActorRow> all = List.of(turan, park, koica, forum, person);

    @Test
    void countriesKeepExactlyTheirRows() {
        assertEquals(List.of(turan, park, forum, person), keep(ActorFilter.NONE.withCountries(Set.of("KZ", "KG"))));
        assertEquals(List.of(koica), keep(ActorFilter.NONE.withCountries(Set.of("KR"))));
        assertEquals(all, keep(ActorFilter.NONE));
    }

    @Test
    void textMatchesNamesVariantsCityAndRoleInAnyCaseAndScript() {
        assertEquals(List.of(turan), keep(ActorFilter.NONE.withText("ТҰРАН")));
        assertEquals(List.of(turan), keep(ActorFilter.NONE.withText("turan univ")));
        assertEquals(List.of(park, forum), keep(ActorFilter.NONE.withText("КРЕАТИВНЫХ")));
        assertEquals(List.of(park), keep(ActorFilter.NONE.withText("bishkek")));
        assertEquals(List.of(person), keep(ActorFilter.NONE.withText("гүлнар")));
        assertEquals(List.of(person), keep(ActorFilter.NONE.withText("ректор")));
    }

    @Test
    void aFacetNarrowsOnlyTheTypesItMeansSomethingFor() {
        ActorFilter universities = new ActorFilter(Set.of(), Set.of("university"), Set.of(), Set.of(), "");
        assertEquals(List.of(turan, forum, person), keep(universities));
        ActorFilter design = new ActorFilter(Set.of(), Set.of(), Set.of(Sector.DESIGN), Set.of(), "");
        assertEquals(List.of(park, forum, person), keep(design));
        ActorFilter unknownStatus = new ActorFilter(Set.of(), Set.of(), Set.of(), Set.of(Status.UNKNOWN), "");
        assertEquals(List.of(park, forum, person), keep(unknownStatus), "no status counts as unknown");
        ActorFilter kgHubsAndForums = new ActorFilter(Set.of("KG"), Set.of("creative_hub", "forum"), Set.of(),
                Set.of(), "индустр");
        assertEquals(List.of(park, forum), keep(kgHubsAndForums));
    }

    private List<ActorRow> keep(ActorFilter filter) {
        return all.stream().filter(filter).toList();
    }

    private static ActorRow row(Actor actor, String... variants) {
        return ActorRow.of(actor, java.util.Arrays.stream(variants).map(v -> new NameVariant(0, 0, v, "en")).toList());
    }
}
