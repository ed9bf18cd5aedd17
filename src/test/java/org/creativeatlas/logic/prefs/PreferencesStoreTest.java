package org.creativeatlas.logic.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @TempDir
    Path dir;

    @Test
    void whatIsChangedIsThereAfterARestart() {
        ActorFilter filter = new ActorFilter(Set.of("KZ", "KG"), Set.of("university"), Set.of(Sector.FILM),
                Set.of(Status.ACTIVE), "Алматы", new YearRange(2021, null));
        PreferencesStore.open(dir, "en").update(p -> p.withLanguage("kk").withFilter(filter, "Алматы")
                .withHiddenColumns("organisation", List.of("notes")).withWindowSize(1000, 700));

        UserPreferences read = PreferencesStore.open(dir, "en").current();

        assertEquals("kk", read.language());
        assertEquals(List.of("KG", "KZ"), read.filter().countries());
        assertEquals(Set.of(Sector.FILM), read.filter().sectorSet());
        assertEquals(Set.of(Status.ACTIVE), read.filter().statusSet());
        assertEquals("Алматы", read.filter().text());
        assertEquals(new YearRange(2021, null), read.filter().yearRange());
        assertEquals(List.of("notes"), read.hiddenColumns("organisation"));
        assertEquals(1000, read.windowWidth());
    }

    @Test
    void columnOrderAndWidthsAreThereAfterARestartBesideTheHiddenColumns() {
        ColumnLayout layout = new ColumnLayout(List.of("country", "name", "kind"), Map.of("name", 412.5, "kind", 90.0));
        PreferencesStore.open(dir, "en").update(p -> p.withHiddenColumns("organisation", List.of("notes"))
                .withColumnLayout("organisation", layout));

        UserPreferences read = PreferencesStore.open(dir, "en").current();

        assertEquals(layout, read.columnLayout("organisation"));
        assertEquals(List.of("notes"), read.hiddenColumns("organisation"));
        assertEquals(ColumnLayout.DEFAULT, read.columnLayout("person"), "a table never arranged keeps its defaults");
    }

    @Test
    void aFileFromBeforeColumnLayoutsStillReadsWithTheDefaultLayout() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE), """
                { "language": "kk",
                  "filter": { "countries": ["KZ"], "kinds": [], "sectors": [], "statuses": [], "text": "" },
                  "hiddenColumns": { "organisation": ["notes", "website"] },
                  "windowWidth": 1000, "windowHeight": 700 }
                """);

        UserPreferences read = PreferencesStore.open(dir, "en").current();

        assertEquals("kk", read.language());
        assertEquals(List.of("KZ"), read.filter().countries());
        assertEquals(List.of("notes", "website"), read.hiddenColumns("organisation"));
        assertEquals(1000, read.windowWidth());
        assertEquals(ColumnLayout.DEFAULT, read.columnLayout("organisation"));
        assertEquals(List.of("name", "kind", "country"), read.columnLayout("organisation")
                .arrange(List.of("name", "kind", "country")), "the table keeps its default order");
    }

    @Test
    void aStoredOrderSkipsCodesNoLongerKnownAndNewColumnsFollowInTheirDefaultOrder() {
        ColumnLayout stored = new ColumnLayout(List.of("country", "gone", "name", "country"), Map.of("country", 200.0));

        assertEquals(List.of("country", "name", "kind", "city"), stored.arrange(List.of("name", "kind", "country", "city")));
        assertEquals(200.0, stored.width("country").orElseThrow());
        assertTrue(stored.width("name").isEmpty(), "a width never stored leaves the column's default");
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE), "{ not json");

        UserPreferences read = PreferencesStore.open(dir, "ru").current();

        assertEquals("ru", read.language());
        assertEquals(List.of(), read.filter().countries());
        assertEquals(UserPreferences.DEFAULT_WIDTH, read.windowWidth());
    }
}
