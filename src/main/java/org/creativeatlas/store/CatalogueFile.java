package org.creativeatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.creativeatlas.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What makes a file a catalogue this build may open: a file (or a writable folder for a new one), an SQLite database,
 * ours by its application id, of a format no newer than this build's, whole; and its settings once it is opened.
 */
final class CatalogueFile {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueFile.class);
    /** Marks a file as ours in the SQLite header ("CATA"), so a foreign SQLite file is refused, not migrated. */
    static final int APPLICATION_ID = 0x43415441;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static void checkLocation(Path path, boolean exists) {
        if (exists) {
            if (!Files.isRegularFile(path)) {
                throw new StoreException(Problem.of("store.not_file", path.toString()), path + " is not a file.",
                        StoreException.Kind.OTHER, null);
            }
            if (!Files.isReadable(path) || !Files.isWritable(path)) {
                if (ReadOnlyMount.onReadOnlyFileSystem(path)) {
                    throw ReadOnlyMount.fileSystem(path, null);
                }
                throw new StoreException(Problem.of("store.not_writable", path.toString()),
                        "The catalogue " + path + " cannot be written to (check its permissions).",
                        StoreException.Kind.OTHER, null);
            }
            if (isEmpty(path)) {
                // SQLite would take it for a new database; but the user named a file that is there, made by something
                throw new StoreException(Problem.of("store.empty_file", path.getFileName().toString()),
                        path.getFileName() + " is an empty file, not a Creative Atlas catalogue. The file was left "
                        + "unchanged; name a file that does not exist to start a new catalogue.",
                        StoreException.Kind.OTHER, null);
            }
            if (!hasSqliteHeader(path)) {
                throw new StoreException(Problem.of("store.not_sqlite", path.getFileName().toString()),
                        path.getFileName() + " is not a Creative Atlas catalogue: it is not an SQLite database. "
                        + "The file was left unchanged.", StoreException.Kind.OTHER, null);
            }
        } else {
            Path dir = path.getParent();
            if (dir != null && Files.isDirectory(dir) && ReadOnlyMount.onReadOnlyFileSystem(dir)) {
                throw ReadOnlyMount.fileSystem(path, null);
            }
            if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
                throw new StoreException(Problem.of("store.no_folder", String.valueOf(dir)), "Cannot create a catalogue in "
                        + dir + ": the folder does not exist or cannot be written to.", StoreException.Kind.OTHER, null);
            }
        }
    }

    private static boolean isEmpty(Path path) {
        try {
            return Files.size(path) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasSqliteHeader(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    static void prepare(Path path, Connection conn, int schemaVersion, BusyRetry retry) throws SQLException {
        int appId = intPragma(conn, "application_id");
        int version = userVersion(conn);
        int tables = intQuery(conn, "SELECT count(*) FROM sqlite_master");
        boolean fresh = appId == 0 && version == 0 && tables == 0;
        if (!fresh && appId != APPLICATION_ID) {
            throw new StoreException(Problem.of("store.foreign", path.getFileName().toString()),
                    path.getFileName() + " is an SQLite database of another program, not a Creative Atlas catalogue. "
                    + "The file was left unchanged.", StoreException.Kind.OTHER, null);
        }
        if (version > schemaVersion) {
            throw new StoreException(Problem.of("store.newer", path.getFileName().toString(), String.valueOf(version),
                    String.valueOf(schemaVersion)), path.getFileName() + " was written by a newer version of Creative "
                    + "Atlas (catalogue format " + version + "; this version reads up to " + schemaVersion + "). The "
                    + "file was left unchanged.", StoreException.Kind.OTHER, null);
        }
        if (!fresh && !"ok".equals(quickCheck(conn))) {
            throw new StoreException(Problem.of("store.damaged", path.getFileName().toString()),
                    path.getFileName() + " is damaged (SQLite integrity check failed). Restore it from a backup. "
                    + "The file was left unchanged.", StoreException.Kind.OTHER, null);
        }
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
            if (fresh) {
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
        }
        if (version < schemaVersion) {
            LOG.info("Migrating {} from catalogue format {} to {}", path, version, schemaVersion);
            Migrator.migrate(conn, schemaVersion, path, retry);
        }
    }

    /**
     * Checks that every page and b-tree of the file is sound. CHECK constraints held when each row was written, so
     * they are not evaluated again for every row: that alone made opening a 100 000-actor catalogue ~0.4 s slower.
     */
    static String quickCheck(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            try {
                return stringQuery(conn, "PRAGMA quick_check(1)");
            } finally {
                st.execute("PRAGMA ignore_check_constraints = OFF");
            }
        }
    }

    static int applicationId(Connection conn) throws SQLException {
        return intPragma(conn, "application_id");
    }

    static int userVersion(Connection conn) throws SQLException {
        return intPragma(conn, "user_version");
    }

    private static int intPragma(Connection conn, String pragma) throws SQLException {
        return intQuery(conn, "PRAGMA " + pragma);
    }

    private static int intQuery(Connection conn, String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String stringQuery(Connection conn, String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private CatalogueFile() {
    }
}
