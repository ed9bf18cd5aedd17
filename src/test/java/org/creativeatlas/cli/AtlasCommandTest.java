package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AtlasCommandTest {

    @Test
    void helpListsEveryCommandAndExitsZero() {
        Cli.Result result = Cli.run("--help");

        assertEquals(0, result.exitCode(), result.err());
        for (String command : List.of("stats", "export", "import-catalogue", "bench")) {
            assertTrue(result.out().contains("  " + command + " "), command + " in\n" + result.out());
        }
        assertTrue(result.out().contains("Exit codes"), result.out());
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        for (String command : List.of("stats", "export", "import-catalogue", "bench")) {
            Cli.Result result = Cli.run(command, "--help");
            assertEquals(0, result.exitCode(), result.err());
            assertTrue(result.out().startsWith("Usage: creative-atlas " + command), result.out());
            assertTrue(result.out().contains("--db"), command + " help names --db:\n" + result.out());
        }
    }

    @Test
    void versionNamesTheFormatsItReads() {
        Cli.Result result = Cli.run("--version");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Creative Atlas "), result.out());
        assertTrue(result.out().contains("catalogue file format"), result.out());
    }
}
