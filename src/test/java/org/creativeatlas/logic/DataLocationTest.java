package org.creativeatlas.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    private final Path home = Path.of("/home/aliya");

    @Test
    void linuxFollowsXdgAndFallsBackToTheUsualFolders() {
        assertEquals(Path.of("/data/creative-atlas/atlas.db"),
                DataLocation.of(Map.of("XDG_DATA_HOME", "/data"), "Linux", home).defaultCatalogue());
        assertEquals(home.resolve(".local/share/creative-atlas/atlas.db"),
                DataLocation.of(Map.of(), "Linux", home).defaultCatalogue());
        assertEquals(home.resolve(".local/share/creative-atlas/atlas.db"),
                DataLocation.of(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", home).defaultCatalogue(),
                "a relative XDG value is ignored");
        assertEquals(home.resolve(".config/creative-atlas"), DataLocation.of(Map.of(), "Linux", home).configDir());
    }

    @Test
    void windowsAndMacUseTheirApplicationDataFolders() {
        assertEquals(Path.of("C:/Users/aliya/AppData/Roaming/Creative Atlas/atlas.db"),
                DataLocation.of(Map.of("APPDATA", "C:/Users/aliya/AppData/Roaming"), "Windows 11", home)
                        .defaultCatalogue());
        assertEquals(home.resolve("Library/Application Support/Creative Atlas/atlas.db"),
                DataLocation.of(Map.of(), "Mac OS X", home).defaultCatalogue());
    }
}
