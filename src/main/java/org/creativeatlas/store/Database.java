package org.creativeatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.creativeatlas.model.TextFold;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open catalogue file. All access goes through one connection guarded by a lock, so a background load and
 * an edit on the UI thread never interleave inside a transaction. Another program may have the same file open: a
 * write waits its turn ({@link BusyRetry}), and SQLite's errors reach callers as {@link StoreException}s that say
 * what happened in words ({@link SqliteFailures}).
 */
public final class Database implements AutoCloseable {

    /** Rows per multi-row INSERT: well under SQLite's limit on bound values for the widest table (20 columns). */
    static final int ROWS_PER_STATEMENT = 200;

    /** Marks a file as ours in the SQLite header ("CATA"), so a foreign SQLite file is refused, not migrated. */
    static final int APPLICATION_ID = 0x43415441;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection conn;
    private final BusyRetry retry;
    private final ReentrantLock lock = new ReentrantLock();
    private int txDepth;

    private Database(Path file, Connection conn, BusyRetry retry) {
        this.file = file;
        this.conn = conn;
        this.retry = retry;
    }

    /** Opens a catalogue, creating an empty one if the file does not exist. The file is left untouched if refused. */
    public static Database open(Path file) {
        return open(file, BusyRetry.DEFAULT_WAIT);
    }

    /** Opens a catalogue whose writes wait up to {@code busyWait} for another program writing to the same file. */
    public static Database open(Path file, Duration busyWait) {
        return open(file, Migrator.latestVersion(), busyWait);
    }

    static Database open(Path file, int schemaVersion) {
        return open(file, schemaVersion, BusyRetry.DEFAULT_WAIT);
    }

    private static Database open(Path file, int schemaVersion, Duration busyWait) {
        Path path = file.toAbsolutePath();
        boolean exists = Files.exists(path);
        checkLocation(path, exists);
        BusyRetry retry = new BusyRetry(path, busyWait);
        Connection conn = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyWait.toMillis()));
            conn = config.createConnection("jdbc:sqlite:" + path);
            prepare(path, conn, schemaVersion, retry);
            Function.create(conn, "fold", new FoldFunction());
            return new Database(path, conn, retry);
        } catch (SQLException e) {
            closeQuietly(conn);
            throw SqliteFailures.of(path, e);
        } catch (StoreException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    private static void checkLocation(Path path, boolean exists) {
        if (exists) {
            if (!Files.isRegularFile(path)) {
                throw new StoreException(path + " is not a file.");
            }
            if (!Files.isReadable(path) || !Files.isWritable(path)) {
                if (ReadOnlyMount.onReadOnlyFileSystem(path)) {
                    throw ReadOnlyMount.fileSystem(path, null);
                }
                throw new StoreException("The catalogue " + path + " cannot be written to (check its permissions).");
            }
            if (isEmpty(path)) {
                // SQLite would take it for a new database; but the user named a file that is there, made by something
                throw new StoreException(path.getFileName() + " is an empty file, not a Creative Atlas catalogue. The "
                        + "file was left unchanged; name a file that does not exist to start a new catalogue.");
            }
            if (!hasSqliteHeader(path)) {
                throw new StoreException(path.getFileName() + " is not a Creative Atlas catalogue: it is not an SQLite "
                        + "database. The file was left unchanged.");
            }
        } else {
            Path dir = path.getParent();
            if (dir != null && Files.isDirectory(dir) && ReadOnlyMount.onReadOnlyFileSystem(dir)) {
                throw ReadOnlyMount.fileSystem(path, null);
            }
            if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
                throw new StoreException("Cannot create a catalogue in " + dir + ": the folder does not exist or "
                        + "cannot be written to.");
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

    private static void prepare(Path path, Connection conn, int schemaVersion, BusyRetry retry) throws SQLException {
        int appId = intPragma(conn, "application_id");
        int version = userVersion(conn);
        int tables = intQuery(conn, "SELECT count(*) FROM sqlite_master");
        boolean fresh = appId == 0 && version == 0 && tables == 0;
        if (!fresh && appId != APPLICATION_ID) {
            throw new StoreException(path.getFileName() + " is an SQLite database of another program, not a Creative "
                    + "Atlas catalogue. The file was left unchanged.");
        }
        if (version > schemaVersion) {
            throw new StoreException(path.getFileName() + " was written by a newer version of Creative Atlas (catalogue "
                    + "format " + version + "; this version reads up to " + schemaVersion + "). The file was left unchanged.");
        }
        if (!fresh && !"ok".equals(quickCheck(conn))) {
            throw new StoreException(path.getFileName() + " is damaged (SQLite integrity check failed). "
                    + "Restore it from a backup. The file was left unchanged.");
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

    public Path file() {
        return file;
    }

    BusyRetry busyRetry() {
        return retry;
    }

    public int schemaVersion() {
        return call(() -> userVersion(conn));
    }

    public static int latestSchemaVersion() {
        return Migrator.latestVersion();
    }

    /**
     * Runs {@code work} as one transaction: all of it is stored, or (on any exception) none of it. Nests. While
     * another program writes to the file, the transaction waits its turn; if it meets the file busy part-way it is
     * rolled back and {@code work} runs again from its start, so {@code work} must begin its own state afresh.
     */
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (txDepth > 0) {
                txDepth++;
                try {
                    return work.get();
                } finally {
                    txDepth--;
                }
            }
            return retry.run(() -> once(work));
        } finally {
            lock.unlock();
        }
    }

    /**
     * One try at a transaction. It takes the write lock as it begins (BEGIN IMMEDIATE), where SQLite's busy timeout
     * waits for it: a transaction that read first and wrote later would instead fail at once when another program
     * wrote in between. BEGIN, COMMIT and ROLLBACK are run as statements: the driver's own commit begins the next
     * transaction at once, and its failure on a full disk hid the disk's error behind "no transaction is active".
     */
    private <T> T once(Supplier<T> work) {
        execute("BEGIN IMMEDIATE");
        txDepth = 1;
        try {
            T result = work.get();
            execute("COMMIT");
            return result;
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            txDepth = 0;
        }
    }

    private void execute(String sql) {
        call(() -> {
            try (Statement st = conn.createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }

    /** Rolls back after {@code failure}; SQLite may have rolled back already (a full disk does), which is fine. */
    private void rollback(RuntimeException failure) {
        try (Statement st = conn.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                failure.addSuppressed(e);
            }
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Work on the connection, under the lock. */
    <T> T call(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** Work on the connection itself, under the lock (online backup and restore). */
    <T> T onConnection(ConnectionWork<T> work) {
        return call(() -> work.run(conn));
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        List<T> out = new ArrayList<>();
        forEach(sql, mapper, out::add, params);
        return out;
    }

    /** Hands each row to {@code each} as soon as it is read, so a bulk load can work on rows while reading. */
    <T> void forEach(String sql, RowMapper<T> mapper, Consumer<T> each, Object... params) {
        call(() -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(mapper.map(rs));
                    }
                    return null;
                }
            }
        });
    }

    /** Runs one write; on its own (outside a transaction) it is a transaction, so it waits its turn like one. */
    int update(String sql, Object... params) {
        return inTransaction(() -> call(() -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        }));
    }

    /** Inserts a row and returns its id. */
    long insert(String sql, Object... params) {
        return inTransaction(() -> call(() -> {
            try (PreparedStatement ps = conn.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, params);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }));
    }

    /**
     * Inserts many rows in one transaction. {@code sql} is a one-row {@code INSERT ... VALUES (?, ...)}; it is run
     * as statements of up to {@value #ROWS_PER_STATEMENT} rows each ({@code VALUES (...), (...), ...}), because every
     * statement run is several calls into the native library: one call per few hundred rows instead of per row made
     * bulk loads a fifth faster.
     */
    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int at = sql.lastIndexOf("VALUES ") + "VALUES ".length();
        String head = sql.substring(0, at);
        String group = sql.substring(at);
        inTransaction(() -> call(() -> {
            int per = Math.min(ROWS_PER_STATEMENT, rows.size());
            int done = 0;
            try (PreparedStatement full = conn.prepareStatement(head + String.join(",", Collections.nCopies(per, group)))) {
                for (; done + per <= rows.size(); done += per) {
                    bindRows(full, rows, done, per);
                    full.executeUpdate();
                }
            }
            int rest = rows.size() - done;
            if (rest > 0) {
                try (PreparedStatement last = conn.prepareStatement(head + String.join(",", Collections.nCopies(rest, group)))) {
                    bindRows(last, rows, done, rest);
                    last.executeUpdate();
                }
            }
            return null;
        }));
    }

    private static void bindRows(PreparedStatement ps, List<Object[]> rows, int from, int count) throws SQLException {
        int index = 1;
        for (int r = from; r < from + count; r++) {
            for (Object value : rows.get(r)) {
                ps.setObject(index++, value);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private StoreException failure(SQLException e) {
        return SqliteFailures.of(file, e);
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

    private static void closeQuietly(Connection conn) {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // already failing with a better message
            }
        }
    }

    /**
     * Writes a consistent copy of the whole catalogue to {@code target} (SQLite's VACUUM INTO), for Save As and
     * backups; refuses to overwrite an existing file.
     */
    public void copyTo(Path target) {
        Path path = target.toAbsolutePath();
        if (Files.exists(path)) {
            throw new StoreException(path + " already exists.");
        }
        call(() -> {
            // VACUUM cannot run inside a transaction
            try (PreparedStatement ps = conn.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, path.toString());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Closes the file. {@code PRAGMA optimize} may write statistics: it is skipped, not waited for, when another
     * program is writing, and its failure on a full disk does not hide the error that is being reported.
     */
    @Override
    public void close() {
        call(() -> {
            try (Statement st = conn.createStatement()) {
                st.execute("PRAGMA busy_timeout = 0");
                st.execute("PRAGMA optimize");
            } catch (SQLException e) {
                LOG.debug("PRAGMA optimize skipped on {}: {}", file, e.getMessage());
            }
            conn.close();
            return null;
        });
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection conn) throws SQLException;
    }

    /** {@code fold(text)} in SQL: the same case folding as {@link TextFold}, for Cyrillic and Kazakh too. */
    private static final class FoldFunction extends Function {
        @Override
        protected void xFunc() throws SQLException {
            result(TextFold.fold(value_text(0)));
        }
    }
}
