package org.creativeatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.creativeatlas.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open catalogue: an SQLite file, or a database on a PostgreSQL server shared with colleagues. All access goes
 * through one connection guarded by a lock, so a background load and an edit on the UI thread never interleave
 * inside a transaction. What differs between the two engines is the {@link Dialect}'s. Another program may have the
 * same file open: a write waits its turn ({@link BusyRetry}), and SQLite's errors reach callers as
 * {@link StoreException}s that say what happened in words ({@link SqliteFailures}).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final ServerSession server;
    private final Dialect dialect;
    private final RowVersions versions = new RowVersions();
    /** How a write waits for other writers: the catalogue's usual wait, or a shorter one inside {@link #briefly}. */
    private BusyRetry retry;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection conn;
    private int txDepth;

    private Database(Path file, Connection conn, BusyRetry retry) {
        this.file = file;
        this.server = null;
        this.dialect = new SqliteDialect();
        this.conn = conn;
        this.retry = retry;
    }

    private Database(ServerSession server) {
        this.file = null;
        this.server = server;
        this.dialect = new PostgresDialect();
        this.conn = server.connection();
        this.retry = null;
    }

    /**
     * Connects to a catalogue on a PostgreSQL server, creating its tables in an empty database and bringing an older
     * one up to date; a database that is not a catalogue, or one of a newer version, is refused and left unchanged.
     */
    public static Database connect(ServerAddress address, char[] password) {
        return new Database(ServerSession.open(address, password, Migrator.latestVersion()));
    }

    static Database connect(ServerAddress address, char[] password, int schemaVersion) {
        return new Database(ServerSession.open(address, password, schemaVersion));
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
        BusyRetry retry = new BusyRetry(path, busyWait);
        return new Database(path, SqliteConnector.connect(path, schemaVersion, retry), retry);
    }

    /** The catalogue file; a catalogue on a server has none ({@link #isServer()}). */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException("a catalogue on a server has no file");
        }
        return file;
    }

    public boolean isServer() {
        return server != null;
    }

    /** The server's address, for a catalogue on a server. */
    public ServerAddress server() {
        if (server == null) {
            throw new IllegalStateException("a catalogue file has no server");
        }
        return server.address();
    }

    /** How the catalogue is named to the user: the file name, or database@host. */
    public String displayName() {
        return server != null ? server.address().displayName() : file.getFileName().toString();
    }

    /** Whether this connection may only read (a reader's role on the server). */
    public boolean readOnly() {
        return server != null && call(() -> server.readOnly(conn));
    }

    /** Who last changed the actor on the server, if the server's change log knows. */
    public java.util.Optional<String> lastChangedBy(long actorId) {
        return server == null ? java.util.Optional.empty() : call(() -> server.lastChangedBy(conn, actorId));
    }

    /** The feed of colleagues' changes: empty for a file, which only this window writes. */
    public ChangeFeed changes() {
        return server != null ? server.feed() : ChangeFeed.NONE;
    }

    Dialect dialect() {
        return dialect;
    }

    RowVersions versions() {
        return versions;
    }

    BusyRetry busyRetry() {
        return retry;
    }

    public int schemaVersion() {
        return call(() -> server != null ? ServerSchema.version(conn) : CatalogueFile.userVersion(conn));
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
            return server != null ? onServer(work) : retry.run(() -> once(work));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} with its writes waiting at most {@code wait} for their turn instead of the usual wait: a
     * window's own edit must not hold the screen while another program, or an import of this window, writes. Past
     * the wait it fails with a {@link StoreException} of kind {@code BUSY}, nothing of {@code work} stored.
     */
    public <T> T briefly(Duration wait, Supplier<T> work) {
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreException(Problem.of("store.busy", displayName()), displayName()
                        + " is busy with other work; nothing of this was stored.", StoreException.Kind.BUSY, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StoreException.stopped(e);
        }
        BusyRetry usual = retry;
        boolean shorter = server == null && txDepth == 0 && wait.compareTo(usual.waitLimit()) < 0;
        try {
            if (shorter) {
                waitFor(new BusyRetry(file, wait));
            }
            return work.get();
        } finally {
            if (shorter) {
                waitFor(usual);
            }
            lock.unlock();
        }
    }

    /** Makes {@code next} the wait of the writes that follow, in the engine (its busy timeout) and between tries. */
    private void waitFor(BusyRetry next) {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + next.waitLimit().toMillis());
        } catch (SQLException e) {
            throw failure(e);
        }
        retry = next;
    }

    /**
     * A transaction on the server: a lost connection fails it whole (the server rolled it back) with a message, and
     * the next piece of work connects again.
     */
    private <T> T onServer(Supplier<T> work) {
        try {
            if (conn.isClosed()) {
                conn = server.reconnect();
            }
            conn.setAutoCommit(false);
            txDepth = 1;
            versions.begin();
            try {
                T result = work.get();
                conn.commit();
                versions.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                versions.rollback();
                rollbackQuietly();
                throw e;
            } finally {
                txDepth = 0;
                autoCommitQuietly();
            }
        } catch (SQLException e) {
            if (dialect.connectionLost(e)) {
                throw new StoreException(Problem.of("store.server.lost_storing", displayName()), "The connection "
                        + "to " + displayName() + " was lost while storing; nothing of this change was stored. Try once "
                        + "more.", StoreException.Kind.OTHER, e);
            }
            throw failure(e);
        }
    }

    /** A rollback on a connection that was lost fails too; the server rolled the transaction back already. */
    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed: {}", e.getMessage());
        }
    }

    private void autoCommitQuietly() {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("cannot return to autocommit: {}", e.getMessage());
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
        versions.begin();
        try {
            T result = work.get();
            execute("COMMIT");
            versions.commit();
            return result;
        } catch (RuntimeException e) {
            versions.rollback();
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

    /**
     * Work on the connection, under the lock. When a server connection was lost, a piece of work outside a
     * transaction runs again once on a new connection; inside a transaction the whole transaction fails (nothing of
     * it was stored) and the next piece of work reconnects.
     */
    <T> T call(SqlWork<T> work) {
        lock.lock();
        try {
            try {
                return work.run();
            } catch (SQLException e) {
                if (server == null || !dialect.connectionLost(e)) {
                    throw e;
                }
                reconnect(e);
                if (txDepth > 0) {
                    throw new StoreException(Problem.of("store.server.lost", displayName()), "The connection to "
                            + displayName() + " was lost; nothing of this change was stored. It is connected again: "
                            + "try once more.", StoreException.Kind.OTHER, e);
                }
                return work.run();
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    private void reconnect(SQLException cause) throws SQLException {
        LOG.warn("Lost the connection to {} ({}); connecting again", displayName(), cause.getMessage());
        try {
            conn.close();
        } catch (SQLException ignored) {
            // it is gone already
        }
        conn = server.reconnect();
    }

    /** The connection itself: only for work already under the lock ({@link #call}). */
    Connection connection() {
        return conn;
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
     * Inserts many rows in one transaction, the engine's fastest way (multi-row INSERTs into a file, COPY to a
     * server). {@code constants} are {column, value} pairs that are the same in every row.
     */
    void bulkInsert(String table, List<String> columns, List<String[]> constants, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        inTransaction(() -> call(() -> {
            dialect.bulkInsert(conn, table, columns, constants, rows);
            return null;
        }));
    }

    /** The first of {@code count} new ids for the table, one after another (see {@link Dialect#reserveIds}). */
    long reserveIds(String table, int count) {
        return call(() -> dialect.reserveIds(conn, table, count));
    }

    /** After rows were stored with their own ids, so that new rows get ids above them. */
    void afterExplicitIds(String table) {
        call(() -> {
            dialect.afterExplicitIds(conn, table);
            return null;
        });
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private StoreException failure(SQLException e) {
        if (server != null) {
            return ServerSession.failure(server.address(), e);
        }
        return SqliteFailures.of(file, e);
    }

    /**
     * Writes a consistent copy of the whole catalogue to {@code target} (SQLite's VACUUM INTO), for Save As and
     * backups; refuses to overwrite an existing file.
     */
    public void copyTo(Path target) {
        if (server != null) {
            throw new StoreException("A team catalogue is copied with the copy command, and backed up by the server "
                    + "(pg_dump).");
        }
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
        if (server != null) {
            server.close();
            lock.lock();
            try {
                conn.close();
            } catch (SQLException e) {
                LOG.debug("closing the connection failed: {}", e.getMessage());
            } finally {
                lock.unlock();
            }
            return;
        }
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
}
