package org.creativeatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.creativeatlas.model.TextFold;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/**
 * Opens the connection to a catalogue file: foreign keys enforced, SQLite's busy timeout set to the catalogue's wait
 * for other writers, the file checked and brought up to date ({@link CatalogueFile}), and {@code fold()} defined.
 */
final class SqliteConnector {

    private SqliteConnector() {
    }

    /** The connection, or a {@link StoreException} that says why the file is refused (then left untouched). */
    static Connection connect(Path path, int schemaVersion, BusyRetry retry) {
        CatalogueFile.checkLocation(path, Files.exists(path));
        Connection conn = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, retry.waitLimit().toMillis()));
            conn = config.createConnection("jdbc:sqlite:" + path);
            CatalogueFile.prepare(path, conn, schemaVersion, retry);
            Function.create(conn, "fold", new FoldFunction());
            return conn;
        } catch (SQLException e) {
            closeQuietly(conn);
            throw SqliteFailures.of(path, e);
        } catch (StoreException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    private static void closeQuietly(Connection conn) {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // already failing with a better message
            }
        }
    }

    /** {@code fold(text)} in SQL: the same case folding as {@link TextFold}, for Cyrillic and Kazakh too. */
    private static final class FoldFunction extends Function {
        @Override
        protected void xFunc() throws SQLException {
            result(TextFold.fold(value_text(0)));
        }
    }
}
