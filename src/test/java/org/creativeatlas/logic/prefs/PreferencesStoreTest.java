package org.creativeatlas.logic.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.filter.ActorFilter;
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
                Set.of(Status.ACTIVE), "Алматы");
        PreferencesStore.open(dir, "en").update(p -> p.withLanguage("kk").withFilter(filter, "Алматы")
                .withHiddenColumns("organisation", List.of("notes")).withWindowSize(1000, 700));

        UserPreferences read = PreferencesStore.open(dir, "en").current();

        assertEquals("kk", read.language());
        assertEquals(List.of("KG", "KZ"), read.filter().countries());
        assertEquals(Set.of(Sector.FILM), read.filter().sectorSet());
        assertEquals(Set.of(Status.ACTIVE), read.filter().statusSet());
        assertEquals("Алматы", read.filter().text());
        assertEquals(List.of("notes"), read.hiddenColumns("organisation"));
        assertEquals(1000, read.windowWidth());
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
