package org.creativeatlas.logic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.time.YearRange;
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
    void yearsKeepTheActorsDatedInThemAndTheUndatedBesideTheOtherFacets() {
        ActorRow forum2019 = row(Actor.named(ActorType.EVENT, "Central Asian Creative Forum 2019")
                .with(ActorField.COUNTRY, "KZ").with(ActorField.START_DATE, "2019-10-03"));
        ActorRow forum2023 = row(Actor.named(ActorType.EVENT, "Central Asian Creative Forum 2023")
                .with(ActorField.COUNTRY, "KZ").with(ActorField.START_DATE, "2023-05-12")
                .with(ActorField.END_DATE, "2023-05-14"));
        ActorRow hubSince2021 = row(Actor.named(ActorType.ORGANISATION, "Хаб с 2021")
                .with(ActorField.COUNTRY, "KG").with(ActorField.START_YEAR, 2021));
        ActorRow closedIn2020 = row(Actor.named(ActorType.PLATFORM, "Платформа 2015–2020")
                .with(ActorField.COUNTRY, "KZ").with(ActorField.START_YEAR, 2015).with(ActorField.END_YEAR, 2020));
        List<ActorRow> rows = List.of(forum2019, forum2023, hubSince2021, closedIn2020, person, koica);
        ActorFilter from2021 = ActorFilter.NONE.withYears(YearRange.parse("2021-2025"));

        assertEquals(List.of(forum2023, hubSince2021, person, koica), keep(rows, from2021));
        assertEquals(List.of(forum2019, closedIn2020, person, koica), keep(rows, ActorFilter.NONE.withYears(
                YearRange.parse("-2020"))));
        assertEquals(List.of(forum2023, person), keep(rows, from2021.withCountries(Set.of("KZ"))));
        assertEquals(rows, keep(rows, from2021.withYears(YearRange.ALL)));
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

    @Test
    void aChosenKindHidesAnActorOfNoKindYet() {
        ActorRow added = row(Actor.named(ActorType.ORGANISATION, "Әлем Қазақстан").with(ActorField.COUNTRY, "KZ"));
        ActorFilter universities = new ActorFilter(Set.of(), Set.of("university"), Set.of(), Set.of(), "");
        assertEquals(List.of(turan), keep(List.of(turan, added), universities));
        assertEquals(List.of(turan, added), keep(List.of(turan, added), ActorFilter.NONE));
    }

    private List<ActorRow> keep(ActorFilter filter) {
        return keep(all, filter);
    }

    private static List<ActorRow> keep(List<ActorRow> rows, ActorFilter filter) {
        return rows.stream().filter(filter).toList();
    }

    private static ActorRow row(Actor actor, String... variants) {
        return ActorRow.of(actor, java.util.Arrays.stream(variants).map(v -> new NameVariant(0, 0, v, "en")).toList());
    }
}
