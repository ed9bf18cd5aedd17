package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Version 3 rebuilds the actor, name_variant and link tables: every row survives and the rules stay the same. */
class CheapChecksMigrationTest {

    private static final List<String> TABLES = List.of("actor", "name_variant", "link", "source", "mention",
            "setting", "dismissed_pair");

    @TempDir
    Path dir;

    @Test
    void rebuildingTheTablesKeepsEveryRowAndEveryReference() throws Exception {
        Path file = dir.resolve("v2.db");
        try (Database db = Database.open(file, 2)) {
            db.update("INSERT INTO actor (id, type, name, country, status, mode, updated_at) VALUES "
                    + "(1, 'organisation', 'Қазақ ұлттық өнер университеті', 'KZ', 'active', NULL, '2025-01-02T03:04:05Z'),"
                    + "(2, 'platform', 'Ustudy', 'UZ', NULL, 'online', '2025-02-03T04:05:06Z'),"
                    + "(3, 'person', 'Данияр Аманалиев', 'KG', NULL, NULL, '2025-03-04T05:06:07Z')");
            db.update("UPDATE actor SET operator_id = 1 WHERE id = 2");
            db.update("INSERT INTO name_variant (id, actor_id, text, lang) VALUES (7, 3, 'Daniyar Amanaliev', 'en')");
            db.update("INSERT INTO link (id, type, from_id, to_id, role, start_date) VALUES "
                    + "(5, 'affiliation', 3, 1, 'ректор', '2020-09')");
            db.update("INSERT INTO source (id, title, sha256, text) VALUES (4, 'Trip report', 'abc', 'text')");
            db.update("INSERT INTO mention (id, actor_id, source_id, passage) VALUES (9, 3, 4, 'Данияр')");
            db.update("INSERT INTO dismissed_pair (low_id, high_id) VALUES (1, 3)");
            db.update("INSERT INTO setting (key, value) VALUES ('methodology', 'Desk research')");
        }
        List<List<String>> before = rows(file);

        try (Database db = Database.open(file, 3)) {
            assertEquals(3, db.schemaVersion());
        }
        assertEquals(before, rows(file));
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(Database.latestSchemaVersion(), c.db().schemaVersion());
        }
        try (Catalogue c = Catalogue.open(file)) {
            c.actors().delete(1);
            assertEquals(null, c.actors().byId(2).orElseThrow().operatorId(), "ON DELETE SET NULL still holds");
            assertEquals(0, c.links().of(3).size(), "ON DELETE CASCADE still holds");
            assertThrows(StoreException.class, () -> c.db().update("INSERT INTO link (type, from_id, to_id) "
                    + "VALUES ('relation', 3, 99)"), "foreign keys are on again after migrating");
        }
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            assertFalse(rs.next());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"type = 'company'", "name = '   '", "name = ''", "status = 'open'", "mode = 'Online'",
        "country = 'KAZ'"})
    void theRulesRefuseWhatTheyRefusedBefore(String change) {
        try (Catalogue c = Catalogue.open(dir.resolve("rules.db"))) {
            c.db().update("INSERT INTO actor (id, type, name) VALUES (1, 'event', ' Forum ')");
            assertThrows(StoreException.class, () -> c.db().update("UPDATE actor SET " + change + " WHERE id = 1"));
        }
    }

    @Test
    void theRulesAcceptEveryAllowedValue() {
        try (Catalogue c = Catalogue.open(dir.resolve("allowed.db"))) {
            int id = 1;
            for (String type : List.of("organisation", "platform", "event", "person")) {
                for (String status : List.of("active", "closed", "unknown")) {
                    for (String mode : List.of("online", "offline", "hybrid")) {
                        c.db().update("INSERT INTO actor (id, type, name, status, mode) VALUES (?, ?, ?, ?, ?)",
                                id++, type, " x", status, mode);
                    }
                }
            }
            c.db().update("INSERT INTO name_variant (actor_id, text) VALUES (1, 'ә')");
            for (String type : List.of("affiliation", "participation", "relation")) {
                c.db().update("INSERT INTO link (type, from_id, to_id) VALUES (?, 1, 2)", type);
            }
            assertEquals(36, c.actors().count());
        }
    }

    @Test
    void platformsOfAnOperatorAreFoundThroughThePartialIndex() throws Exception {
        Path file = dir.resolve("plan.db");
        Catalogue.open(file).close();
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement();
             ResultSet plan = st.executeQuery("EXPLAIN QUERY PLAN SELECT id FROM actor WHERE operator_id = 5")) {
            StringBuilder detail = new StringBuilder();
            while (plan.next()) {
                detail.append(plan.getString("detail"));
            }
            assertTrue(detail.toString().contains("USING COVERING INDEX actor_operator")
                    || detail.toString().contains("USING INDEX actor_operator"), detail.toString());
        }
    }

    private static List<List<String>> rows(Path file) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>(List.of(table));
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(meta.getColumnName(i) + "=" + rs.getString(i));
                        }
                        out.add(row);
                    }
                }
            }
        }
        return out;
    }
}
