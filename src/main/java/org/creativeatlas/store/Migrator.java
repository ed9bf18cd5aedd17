package org.creativeatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One numbered sequence of migrations for both engines: the scripts for a file are in {@code migrations/}, those
 * for a server, under the same names, in {@code migrations/postgresql/} (run by {@link ServerSchema}).
 * Brings a catalogue file up to the current schema with the numbered scripts in {@code migrations/}, each in one
 * transaction together with the new {@code PRAGMA user_version}, so a file is always at exactly one version.
 * Foreign keys are off while scripts run, so that a script can rebuild a table the way SQLite documents it (create,
 * copy, drop, rename) without the drop cascading; {@code foreign_key_check} must come back empty before each commits.
 */
final class Migrator {

    /** Scripts in order; never edit one that has landed, add the next number instead. */
    static final List<String> SCRIPTS = List.of("V001__catalogue.sql", "V002__dismissed_pairs.sql",
            "V003__cheaper_checks.sql", "V004__row_versions.sql", "V005__catalogue_changes.sql");

    private Migrator() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * Runs the scripts after the file's version up to {@code targetVersion}. Another program opening the same new
     * file may be migrating it too: each script waits for the write lock, reads the version again under it and is
     * skipped if the other program has already applied it.
     */
    static void migrate(Connection conn, int targetVersion, Path file, BusyRetry retry) throws SQLException {
        int current = CatalogueFile.userVersion(conn);
        try (Statement st = conn.createStatement()) {
            // a no-op inside a transaction: set here, between the scripts' transactions
            st.execute("PRAGMA foreign_keys = OFF");
            try {
                for (int version = current + 1; version <= targetVersion; version++) {
                    int next = version;
                    retry.run(() -> apply(conn, next, file));
                }
            } finally {
                st.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    private static Void apply(Connection conn, int version, Path file) {
        try (Statement st = conn.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                if (CatalogueFile.userVersion(conn) < version) {
                    // sqlite-jdbc runs only the first statement of a string: run them one by one
                    for (String sql : statements(read(SCRIPTS.get(version - 1)))) {
                        st.execute(sql);
                    }
                    try (ResultSet broken = st.executeQuery("PRAGMA foreign_key_check")) {
                        if (broken.next()) {
                            throw new SQLException("migration " + version + " would leave a row in "
                                    + broken.getString(1) + " pointing at a missing " + broken.getString(3));
                        }
                    }
                    st.execute("PRAGMA user_version = " + version);
                }
                st.execute("COMMIT");
            } catch (SQLException e) {
                rollbackQuietly(st);
                throw e;
            }
            return null;
        } catch (SQLException e) {
            throw SqliteFailures.of(file, e);
        }
    }

    private static void rollbackQuietly(Statement st) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite rolled back already (a full disk does), or the failure being thrown says more
        }
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    static String read(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
