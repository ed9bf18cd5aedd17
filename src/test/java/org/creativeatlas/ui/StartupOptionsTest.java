package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.logic.DataLocation;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    private final DataLocation location = new DataLocation(Path.of("/data/creative-atlas"), Path.of("/config/ca"));

    @Test
    void withoutDbTheDefaultCatalogueIsOpenedAndSeeded() {
        StartupOptions options = StartupOptions.parse(List.of(), location);

        assertEquals(location.defaultCatalogue(), options.catalogue());
        assertTrue(options.isDefault());
    }

    @Test
    void dbNamesAnotherCatalogueWhichIsNotSeeded() {
        StartupOptions spaced = StartupOptions.parse(List.of("--db", "/tmp/other.db"), location);
        StartupOptions joined = StartupOptions.parse(List.of("--db=/tmp/other.db"), location);

        assertEquals(Path.of("/tmp/other.db"), spaced.catalogue());
        assertEquals(spaced, joined);
        assertFalse(spaced.isDefault());
    }
}
