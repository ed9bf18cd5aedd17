package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newFileGetsTheLatestSchemaWithForeignKeysAndWal() throws Exception {
        Path file = dir.resolve("new.db");
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(Database.latestSchemaVersion(), c.db().schemaVersion());
        }
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement()) {
            assertEquals("wal", single(st, "PRAGMA journal_mode"));
            assertEquals(String.valueOf(CatalogueFile.APPLICATION_ID), single(st, "PRAGMA application_id"));
        }
    }

    @Test
    void migratingFromEveryEarlierVersionGivesTheSameSchemaAsANewFile() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        Database.open(fresh).close();
        List<String> expected = schema(fresh);
        for (int from = 0; from < Database.latestSchemaVersion(); from++) {
            Path old = dir.resolve("v" + from + ".db");
            Database.open(old, from).close();
            try (Database db = Database.open(old)) {
                assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            }
            assertEquals(expected, schema(old), "schema after migrating from version " + from);
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Catalogue c = Catalogue.open(dir.resolve("fk.db"))) {
            Actor hub = c.actors().insert(Actor.named(ActorType.ORGANISATION, "Hub"));
            assertThrows(StoreException.class, () -> c.links().insert(Link.of(LinkType.AFFILIATION, 999, hub.id(), "x")));
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        Catalogue.open(file).close();
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Catalogue.open(file));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Creative industries of Kyrgyzstan: notes\n".repeat(100), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Catalogue.open(file));
        assertTrue(e.getMessage().contains("not a Creative Atlas catalogue"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT)");
            st.execute("INSERT INTO contacts VALUES ('Алия')");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Catalogue.open(file));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aCorruptFileGivesAClearMessage() throws Exception {
        Path file = dir.resolve("corrupt.db");
        try (Catalogue c = Catalogue.open(file)) {
            List<Actor> many = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                many.add(Actor.named(ActorType.ORGANISATION, "Организация " + i).with(
                        ActorField.DESCRIPTION, "описание ".repeat(20)));
            }
            c.actors().insertAll(many);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long pos = 4096 * 3; pos < raf.length(); pos += 4096) {
                raf.seek(pos);
                raf.write(new byte[64]);
            }
        }
        StoreException e = assertThrows(StoreException.class, () -> {
            try (Catalogue c = Catalogue.open(file)) {
                c.actors().all();
            }
        });
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("not a"), e.getMessage());
    }

    @Test
    void anUnwritableFolderGivesAClearMessage() {
        Path file = dir.resolve("no-such-folder").resolve("atlas.db");
        StoreException e = assertThrows(StoreException.class, () -> Catalogue.open(file));
        assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void copyToWritesAConsistentCatalogue() {
        Path copy = dir.resolve("copy.db");
        try (Catalogue c = Catalogue.open(dir.resolve("orig.db"))) {
            c.actors().insert(Actor.named(ActorType.PERSON, "Данияр Аманалиев"));
            c.db().copyTo(copy);
            assertThrows(StoreException.class, () -> c.db().copyTo(copy));
        }
        try (Catalogue c = Catalogue.open(copy)) {
            assertEquals("Данияр Аманалиев", c.actors().all().get(0).name());
        }
    }

    private static String single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> schema(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }
}
