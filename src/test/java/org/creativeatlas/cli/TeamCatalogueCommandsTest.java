package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.store.StoreException;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a team catalogue: copying to and from a server, and the editor and reader roles. */
class TeamCatalogueCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aCatalogueCopiedToTheServerAndBackExportsTheSameJson() throws Exception {
        Path file = dir.resolve("seed.db");
        assertEquals(0, Cli.run("import-catalogue", Cli.seedJson(dir).toString(), "--db", file.toString()).exitCode());
        try (Catalogue c = Catalogue.open(file)) {
            c.settings().put("methodology", "Desk research; interviews -- 'quoted'");
        }
        String server = Engine.address(dir, "copy").toString();
        Cli.Result copied = Cli.run("copy", "--from", file.toString(), "--to", server);
        assertEquals(0, copied.exitCode(), copied.err());
        assertTrue(copied.out().startsWith("Copied 113 actors"), copied.out());
        Path back = dir.resolve("back.db");
        assertEquals(0, Cli.run("copy", "--from", server, "--to", back.toString()).exitCode());

        byte[] fromFile = export(file.toString());
        assertArrayEquals(fromFile, export(server), "the server exports what the file does");
        assertArrayEquals(fromFile, export(back.toString()), "and so does the file copied back");

        Cli.Result again = Cli.run("copy", "--from", file.toString(), "--to", server);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("not empty"), again.err());
    }

    @Test
    void copyCountsInTheSingularAndPlural() throws Exception {
        Cli.Result one = Cli.run("copy", "--from", Cli.oneActorCatalogue(dir).toString(), "--to",
                dir.resolve("one-copy.db").toString());
        Cli.Result linked = Cli.run("copy", "--from", Cli.oneLinkCatalogue(dir).toString(), "--to",
                dir.resolve("linked-copy.db").toString());

        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().startsWith("Copied 1 actor, 0 name variants, 0 links, 0 sources, 0 mentions and 0 "
                + "settings from "), one.out());
        assertEquals(0, linked.exitCode(), linked.err());
        assertTrue(linked.out().startsWith("Copied 2 actors, 1 name variant, 1 link, 1 source, 1 mention and 1 "
                + "setting from "), linked.out());
    }

    @Test
    void readersSeeTheCatalogueReadOnlyAndEditorsWrite() throws Exception {
        ServerAddress owner = Engine.address(dir, "roles");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String editor = "editor_" + suffix;
        String reader = "Reader \"" + suffix + "\"; --";
        try (Connection admin = Engine.admin(owner); Statement st = admin.createStatement()) {
            st.execute("CREATE ROLE " + editor + " LOGIN");
            st.execute("CREATE ROLE \"Reader \"\"" + suffix + "\"\"; --\" LOGIN");
        }
        Cli.Result setUp = Cli.run("setup-server", "--db", owner.toString(), "--editor", editor, "--reader", reader);
        assertEquals(0, setUp.exitCode(), setUp.err());
        assertEquals(1, Cli.run("setup-server", "--db", owner.toString(), "--editor", "nobody_" + suffix).exitCode(),
                "an unknown role is refused");

        try (Catalogue asEditor = Catalogue.connect(owner.withUser(editor), null);
             Catalogue asReader = Catalogue.connect(owner.withUser(reader), null)) {
            assertFalse(asEditor.readOnly());
            long id = new CatalogueEditor(asEditor).add(ActorType.ORGANISATION, "Ololo Group").id();
            assertEquals(java.util.Optional.of(editor), asReader.db().lastChangedBy(id), "the change log names who");
            assertTrue(asReader.readOnly());
            assertEquals("Ololo Group", asReader.actors().byId(id).orElseThrow().name(), "readers read");
            StoreException refused = assertThrows(StoreException.class,
                    () -> new CatalogueEditor(asReader).edit(id, ActorField.CITY, "Bishkek"));
            assertTrue(refused.getMessage().contains("only read"), refused.getMessage());
            assertEquals(null, asEditor.actors().byId(id).orElseThrow().city());
        }
    }

    private static byte[] export(String db) throws Exception {
        Path out = Files.createTempFile("export", ".json");
        try {
            Cli.Result r = Cli.run("export", "--format", "json", "--out", out.toString(), "--db", db);
            assertEquals(0, r.exitCode(), r.err());
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
