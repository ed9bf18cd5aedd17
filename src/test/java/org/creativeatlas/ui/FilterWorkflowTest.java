package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.prefs.PreferencesStore;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.TextFold;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher's filter session, through the filter bar only: countries checked in the picker, the clear button,
 * a search typed in Kazakh. After each step the picker, the saved filter and every table agree with the catalogue.
 */
class FilterWorkflowTest extends AtlasWindowTest {

    @Test
    void twoCountriesThenClearThenAKazakhSearchShowsExactlyTheMatchingRows(FxRobot robot) throws Exception {
        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        AtlasWindowFixture.check(robot, "#countryFilter", "KG", "KG  Kyrgyzstan");
        assertRows(robot, a -> a.in(List.of("KZ", "KG")));
        assertEquals("Countries: KZ, KG", AtlasWindowFixture.shownTitle(robot, "#countryFilter"));
        assertEquals(List.of(), ShownText.clipped(robot.lookup(".filter-bar").queryAs(Parent.class),
                Set.of()), "the picker shows its whole title");

        AtlasWindowFixture.clearFilter(robot);
        assertCleared(robot);

        AtlasWindowFixture.search(robot, "қырғыз");
        assertRows(robot, a -> a.contains("қырғыз"));
        assertFalse(AtlasWindowFixture.table(robot, "organisation").getItems().isEmpty(), "the search finds rows");
    }

    @Test
    void clearingAgainAndAgainAlwaysEndsWithNoFilter(FxRobot robot) throws Exception {
        for (List<String> pair : List.of(List.of("KG", "UZ"), List.of("KZ", "KR"), List.of("TJ", "KZ"))) {
            for (String code : pair) {
                AtlasWindowFixture.check(robot, "#countryFilter", code, AtlasWindowFixture.countryLabel(code));
            }
            assertRows(robot, a -> a.in(pair));
            AtlasWindowFixture.clearFilter(robot);
            assertCleared(robot);
        }
    }

    @Test
    void aKindShowsExactlyItsOrganisationsWhenOneHasNoKindAndClearingBringsEveryRowBackOnce(FxRobot robot)
            throws Exception {
        int before = AtlasWindowFixture.table(robot, "organisation").getItems().size();
        robot.clickOn("#addButton"); // a new row has no kind
        FxWait.until(10, () -> AtlasWindowFixture.table(robot, "organisation").getItems().size() == before + 1);
        robot.write("Әлем Қазақстан").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        AtlasWindowFixture.check(robot, "#kindFilter", "university", "University / college");
        assertRows(robot, a -> a.actor().type() != ActorType.ORGANISATION || "university".equals(a.actor().kind()));
        AtlasWindowFixture.clearFilter(robot);
        assertRows(robot, a -> true);
        assertEquals(before + 1, AtlasWindowFixture.table(robot, "organisation").getItems().size(), "each row once");
    }

    /** What the filter holds is what the picker shows and what the tables show, and the store agrees. */
    private void assertCleared(FxRobot robot) throws Exception {
        CheckComboBox<?> countries = robot.lookup("#countryFilter").queryAs(CheckComboBox.class);
        assertEquals("Countries: all", AtlasWindowFixture.shownTitle(robot, "#countryFilter"), "what the picker shows");
        assertTrue(countries.getCheckModel().getCheckedItems().isEmpty(), "no country is checked");
        assertEquals("", AtlasWindowFixture.searchText(robot));
        assertEquals(ActorFilter.NONE.countries(),
                Set.copyOf(PreferencesStore.open(app.configDir, "en").current().filter().countries()),
                "the remembered filter is cleared too");
        assertRows(robot, a -> true);
    }

    private void assertRows(FxRobot robot, Predicate<Stored> expected) {
        Map<ActorType, Set<Long>> wanted = new EnumMap<>(ActorType.class);
        try (Catalogue store = Catalogue.open(app.db)) {
            for (Actor a : store.actors().all()) {
                List<String> names = store.variants().of(a.id()).stream().map(NameVariant::text).toList();
                if (expected.test(new Stored(a, names))) {
                    wanted.computeIfAbsent(a.type(), t -> new java.util.HashSet<>()).add(a.id());
                }
            }
        }
        for (ActorType type : ActorType.values()) {
            Set<Long> shown = AtlasWindowFixture.table(robot, type.code()).getItems().stream().map(ActorItem::id)
                    .collect(Collectors.toSet());
            assertEquals(wanted.getOrDefault(type, Set.of()), shown, type + " rows");
        }
    }

    /** An actor with its other names, as the catalogue file holds them. */
    record Stored(Actor actor, List<String> variants) {

        boolean in(List<String> countries) {
            return actor.country() != null && countries.contains(actor.country());
        }

        /** The search as the README states it: name, other names, city, role, description; any case and script. */
        boolean contains(String query) {
            String q = TextFold.fold(query);
            return Stream.concat(Stream.of(actor.name(), actor.city(), actor.role(), actor.description()),
                    variants.stream()).anyMatch(s -> s != null && TextFold.fold(s).contains(q));
        }
    }

    @Test
    void countriesRestoredAtStartUpAreClearedLikeAnyOthers(FxRobot robot) throws Exception {
        AtlasWindowFixture.check(robot, "#countryFilter", "KG", "KG  Kyrgyzstan");
        AtlasWindowFixture.check(robot, "#countryFilter", "UZ", "UZ  Uzbekistan");
        app.quit(robot);
        FxToolkit.setupStage(app::start);
        app.awaitLoaded(robot);
        assertEquals("Countries: KG, UZ", AtlasWindowFixture.shownTitle(robot, "#countryFilter"),
                "the countries are back after a restart");
        assertRows(robot, a -> a.in(List.of("KG", "UZ")));

        AtlasWindowFixture.clearFilter(robot);
        assertCleared(robot);
        AtlasWindowFixture.search(robot, "қырғыз");
        assertRows(robot, a -> a.contains("қырғыз"));
    }
}
