package org.creativeatlas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aCommandRunsHeadlessWhereverTheCatalogueIsNamed() {
        assertTrue(Main.namesACommand(new String[] {"stats"}));
        assertTrue(Main.namesACommand(new String[] {"--db", "x.db", "stats"}));
        assertTrue(Main.namesACommand(new String[] {"--db=x.db", "export", "--format", "json"}));
    }

    @Test
    void anythingElseOpensTheApp() {
        assertFalse(Main.namesACommand(new String[] {}));
        assertFalse(Main.namesACommand(new String[] {"--db", "stats.db"}));
        assertFalse(Main.namesACommand(new String[] {"--db", "x.db"}));
    }
}
