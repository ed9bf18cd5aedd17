package org.creativeatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.creativeatlas.model.Problem;
import org.sqlite.SQLiteConfig;

/**
 * Consistent copies of an open catalogue through SQLite's online backup API (sqlite-jdbc's {@code backup to} and
 * {@code restore from}), never a copy of the live file, whose last writes may still sit in its WAL companion.
 * Both run on the catalogue's own connection under its lock, so no edit lands halfway through a copy.
 */
public final class OnlineBackup {

    /** What a backup file holds, read without changing it. */
    public record Contents(int schemaVersion, long actors, long links, long sources) {
    }

    private OnlineBackup() {
    }

    /**
     * Writes a copy of the catalogue to {@code target} (which must not exist), switched to a rollback journal so the
     * copy is one self-contained file, and checked; returns what it holds.
     */
    public static Contents backup(Database db, Path target) {
        Path path = target.toAbsolutePath();
        if (Files.exists(path)) {
            throw new StoreException(Problem.of("store.backup.exists", path.toString()), path + " already exists.",
                    StoreException.Kind.OTHER, null);
        }
        try {
            db.onConnection(conn -> {
                try (Statement st = conn.createStatement()) {
                    st.executeUpdate("backup to " + quoted(path));
                }
                return null;
            });
            try (Connection copy = connect(path, false)) {
                try (Statement st = copy.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = DELETE")) {
                    rs.next();
                }
                return check(path, copy);
            }
        } catch (StoreException e) {
            throw new StoreException(e.problem().orElse(null), String.valueOf(e.getMessage()), StoreException.Kind.OTHER,
                    e);
        } catch (SQLException e) {
            throw new StoreException(String.valueOf(e.getMessage()), e);
        }
    }

    /** Opens a backup read-only and says what it holds; refuses a file that is not a sound catalogue of ours. */
    public static Contents inspect(Path file) {
        Path path = file.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new StoreException(Problem.of("store.backup.missing", path.toString()), "No such backup: " + path,
                    StoreException.Kind.OTHER, null);
        }
        try (Connection conn = connect(path, true)) {
            return check(path, conn);
        } catch (SQLException e) {
            throw new StoreException(Problem.of("store.backup.unreadable", path.getFileName().toString(),
                    String.valueOf(e.getMessage())), path.getFileName() + " is not a readable catalogue backup ("
                    + e.getMessage() + ").", StoreException.Kind.OTHER, e);
        }
    }

    /**
     * Replaces everything in the open catalogue with the content of {@code source}, checked first, then brings it to
     * the current schema if the backup is older. The caller backs the current state up before.
     */
    public static Contents restore(Database db, Path source) {
        Path path = source.toAbsolutePath();
        Contents contents = inspect(path);
        db.onConnection(conn -> {
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("restore from " + quoted(path));
                st.execute("PRAGMA journal_mode = WAL");
            }
            if (CatalogueFile.userVersion(conn) < Migrator.latestVersion()) {
                Migrator.migrate(conn, Migrator.latestVersion(), db.file(), db.busyRetry());
            }
            return null;
        });
        return contents;
    }

    private static Contents check(Path path, Connection conn) throws SQLException {
        if (CatalogueFile.applicationId(conn) != CatalogueFile.APPLICATION_ID) {
            throw new StoreException(Problem.of("store.backup.foreign", path.getFileName().toString()),
                    path.getFileName() + " is not a Creative Atlas catalogue.", StoreException.Kind.OTHER, null);
        }
        int version = CatalogueFile.userVersion(conn);
        if (version > Migrator.latestVersion()) {
            throw new StoreException(Problem.of("store.backup.newer", path.getFileName().toString()),
                    path.getFileName() + " was written by a newer version of Creative Atlas.", StoreException.Kind.OTHER,
                    null);
        }
        if (!"ok".equals(CatalogueFile.quickCheck(conn))) {
            throw new StoreException(Problem.of("store.backup.damaged", path.getFileName().toString()),
                    path.getFileName() + " is damaged (SQLite integrity check failed).", StoreException.Kind.OTHER, null);
        }
        return new Contents(version, count(conn, "actor"), count(conn, "link"), count(conn, "source"));
    }

    private static long count(Connection conn, String table) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        return config.createConnection("jdbc:sqlite:" + path);
    }

    /** The file name as sqlite-jdbc's backup and restore commands read it. */
    private static String quoted(Path path) {
        String text = path.toString();
        if (text.indexOf('"') < 0) {
            return '"' + text + '"';
        }
        if (text.indexOf('\'') < 0) {
            return "'" + text + "'";
        }
        throw new StoreException("Cannot back up to a path holding both kinds of quotes: " + path);
    }
}
