package org.creativeatlas.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be opened as a catalogue is refused with a reason every window can say in its language, and the
 * English the command line prints is the English bundle's sentence for it.
 */
class CatalogueRefusalsTest {

    @TempDir
    Path dir;

    @Test
    void aFolderAnEmptyFileAndAText() throws Exception {
        Path empty = Files.createFile(dir.resolve("бос.db"));
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "Креативті индустриялар\n".repeat(50), StandardCharsets.UTF_8);
        assertRefused(dir, "store.not_file");
        assertRefused(empty, "store.empty_file");
        assertRefused(text, "store.not_sqlite");
        assertRefused(dir.resolve("жоқ").resolve("atlas.db"), "store.no_folder");
    }

    @Test
    void anotherProgramsDatabase() throws Exception {
        Path file = dir.resolve("contacts.sqlite");
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT)");
        }
        assertRefused(file, "store.foreign");
    }

    @Test
    void aCatalogueOfANewerVersion() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Catalogue c = Catalogue.open(file)) {
            c.actors().all();
        }
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        Problem problem = assertRefused(file, "store.newer");
        assertEquals("999", problem.args().get(1));
    }

    private static Problem assertRefused(Path file, String key) {
        StoreException e = assertThrows(StoreException.class, () -> Catalogue.open(file).close(), file.toString());
        Problem problem = e.problem().orElseThrow(() -> new AssertionError("no reason to translate: " + e.getMessage()));
        assertEquals(key, problem.key(), e.getMessage());
        assertEquals(Messages.english(problem), e.getMessage(), "the command line's English is the bundle's");
        SaidInEveryLanguage.assertSaid(problem);
        return problem;
    }
}
