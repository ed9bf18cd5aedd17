package org.creativeatlas.logic.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client killed in the middle of an import (kill -9 of its process, as a crash or a pulled plug would) leaves the
 * server with all or nothing of each document and of each spreadsheet.
 */
class KilledImportTest {

    private static final String[] SEEDS = {"000_69aca01674ece063.txt", "001_0f293abc41f6a8a0.txt",
        "002_3594c021d714be3e.txt", "003_9bbf69613b0303cd.txt", "004_f6411042fb46b172.txt"};

    @TempDir
    Path dir;

    @Test
    void aSpreadsheetImportKilledWhileStoringLeavesNothing() throws Exception {
        ServerAddress address = Engine.address(dir, "sheet");
        Path csv = dir.resolve("hubs.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Название,Страна\n");
            for (int i = 0; i < 300_000; i++) {
                w.write("Креативный хаб " + i + ",Казахстан\n");
            }
        }
        Process client = start(address, "import-csv", csv.toString(), "--type", "organisation");
        try (Connection admin = Engine.admin(address)) {
            waitFor(admin, "SELECT coalesce(sum(tuples_processed), 0) FROM pg_stat_progress_copy", client);
            client.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertNotEquals(0, client.exitValue(), "killed while storing, not finished");
            waitForNoClient(admin);
            assertEquals(0, count(admin, "SELECT count(*) FROM actor"), "nothing of the half-stored sheet");
            assertEquals(0, count(admin, "SELECT count(*) FROM change_log"), "nor of its change log");
        }
    }

    @Test
    void documentsImportedBeforeTheKillAreWholeAndTheOneBeingStoredIsNotThere() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int copy = 0; copy < 8; copy++) {
            for (String seed : SEEDS) {
                String text = Files.readString(Path.of("seeds", seed), StandardCharsets.UTF_8);
                // each copy is another document (another SHA-256) with the same actors
                Files.writeString(docs.resolve(copy + "_" + seed), text + "\n\n" + "(" + copy + ")\n",
                        StandardCharsets.UTF_8);
            }
        }
        ServerAddress whole = Engine.address(dir, "whole");
        Process reference = start(whole, "import", docs.toString(), "--accept-all");
        assertTrue(reference.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, reference.exitValue());
        Map<String, Integer> expected;
        try (Connection admin = Engine.admin(whole)) {
            expected = mentionsPerDocument(admin);
        }
        assertEquals(40, expected.size());

        ServerAddress killed = Engine.address(dir, "killed");
        Process client = start(killed, "import", docs.toString(), "--accept-all");
        try (Connection admin = Engine.admin(killed)) {
            waitFor(admin, "SELECT count(*) FROM source", client);
            client.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            waitForNoClient(admin);
            Map<String, Integer> stored = mentionsPerDocument(admin);
            assertTrue(stored.size() < expected.size(), "killed before the last document: " + stored.size());
            stored.forEach((sha, mentions) -> assertEquals(expected.get(sha), mentions,
                    "a document is there with all its mentions or not at all"));
            assertEquals(0, count(admin, "SELECT count(*) FROM actor a WHERE NOT EXISTS "
                    + "(SELECT 1 FROM mention m WHERE m.actor_id = a.id)"), "no actor without its passage");
        }
    }

    private static Process start(ServerAddress address, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.creativeatlas.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--db", address.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Waits until {@code sql} counts more than nothing, while the client still runs. */
    private static void waitFor(Connection admin, String sql, Process client) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (countIfThere(admin, sql) == 0) {
            assertTrue(client.isAlive(), "the client ended before it was killed");
            assertTrue(System.nanoTime() < deadline, "the client never started storing");
            Thread.sleep(20);
        }
    }

    /** The server ends a killed client's session (and rolls back its transaction) once it sees the socket close. */
    private static void waitForNoClient(Connection admin) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(admin, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'creative-atlas'") > 0) {
            assertTrue(System.nanoTime() < deadline, "the killed client's session stays open");
            Thread.sleep(50);
        }
    }

    private static Map<String, Integer> mentionsPerDocument(Connection admin) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (PreparedStatement ps = admin.prepareStatement("SELECT s.sha256, count(m.id) FROM source s "
                + "LEFT JOIN mention m ON m.source_id = s.id GROUP BY s.sha256");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    /** 0 while the client has not yet created the tables. */
    private static long countIfThere(Connection admin, String sql) throws SQLException {
        try {
            return count(admin, sql);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    private static long count(Connection admin, String sql) throws SQLException {
        try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
