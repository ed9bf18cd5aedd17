package org.creativeatlas.store;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.creativeatlas.model.Problem;

/**
 * A client's session with a team catalogue: how to (re)connect — the password stays in memory only, for
 * reconnecting — the id that marks this client's changes in the change log, and the feed of colleagues' changes.
 */
final class ServerSession {

    private final ServerAddress address;
    private final char[] password;
    private final String clientId = UUID.randomUUID().toString();
    private final ServerChangeFeed feed;
    private final Connection first;

    private ServerSession(ServerAddress address, char[] password, int schemaVersion) throws SQLException {
        this.address = address;
        this.password = password == null ? null : password.clone();
        this.first = connect();
        try {
            ServerSchema.prepare(first, address, schemaVersion);
            // a schema opened at an earlier version (only tests do) has no change log to prune
            if (schemaVersion == Migrator.latestVersion() && !readOnly(first)) {
                ChangeLogPruning.prune(first, ChangeLogPruning.KEEP_DAYS);
            }
            this.feed = new ServerChangeFeed(this, ServerChangeFeed.mark(first));
        } catch (SQLException | RuntimeException e) {
            first.close();
            throw e;
        }
    }

    static ServerSession open(ServerAddress address, char[] password, int schemaVersion) {
        try {
            return new ServerSession(address, password, schemaVersion);
        } catch (SQLException e) {
            throw failure(address, e);
        }
    }

    ServerAddress address() {
        return address;
    }

    String clientId() {
        return clientId;
    }

    ChangeFeed feed() {
        return feed;
    }

    /** The connection the session was opened with. */
    Connection connection() {
        return first;
    }

    Connection reconnect() throws SQLException {
        return connect();
    }

    /** A new connection, marked with this client's id so the change log tells its changes from colleagues'. */
    Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        props.setProperty("sslmode", address.sslMode());
        props.setProperty("ApplicationName", "creative-atlas");
        props.setProperty("connectTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        Connection conn = DriverManager.getConnection(address.jdbcUrl(), props);
        try (PreparedStatement ps = conn.prepareStatement("SELECT set_config('atlas.client', ?, false)")) {
            ps.setString(1, clientId);
            ps.executeQuery().close();
        } catch (SQLException e) {
            conn.close();
            throw e;
        }
        return conn;
    }

    boolean readOnly(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT has_table_privilege('actor', 'UPDATE')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return !rs.getBoolean(1);
        }
    }

    Optional<String> lastChangedBy(Connection conn, long actorId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT who FROM change_log WHERE actor_id = ? AND origin IS DISTINCT FROM ? ORDER BY seq DESC LIMIT 1")) {
            ps.setLong(1, actorId);
            ps.setString(2, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void close() {
        feed.close();
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    /** A failure talking to the server, with a message fit for the user, in English and as a {@link Problem}. */
    static StoreException failure(ServerAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = address.displayName();
        String host = address.host();
        String said = String.valueOf(e.getMessage());
        if (e.getCause() instanceof ConnectException || "08001".equals(state) && e.getCause() != null) {
            String port = String.valueOf(address.port());
            return new StoreException(Problem.of("store.server.unreachable", host, port, said), "Cannot reach the "
                    + "server " + host + ":" + port + " (" + said + "). Is it running, and is the address right?",
                    StoreException.Kind.OTHER, e);
        }
        return switch (state) {
            case "28P01" -> new StoreException(Problem.of("store.server.password", host, address.user()), "The "
                    + "server " + host + " refused the password of " + address.user() + ".", StoreException.Kind.OTHER, e);
            case "28000" -> new StoreException(Problem.of("store.server.not_let_in", host, address.user(),
                    address.database(), said), "The server " + host + " does not let " + address.user() + " in to "
                    + address.database() + " (" + said + ").", StoreException.Kind.OTHER, e);
            case "3D000" -> new StoreException(Problem.of("store.server.no_database", address.database(), host),
                    "There is no database " + address.database() + " on the server " + host + ".",
                    StoreException.Kind.OTHER, e);
            case "42501" -> new StoreException(Problem.of("store.server.read_only_role", where), "Not allowed on "
                    + where + ": your role may only read this catalogue.", StoreException.Kind.OTHER, e);
            default -> new StoreException(Problem.of("store.server.failed", where, said), "The team catalogue " + where
                    + ": " + said, StoreException.Kind.OTHER, e);
        };
    }
}
