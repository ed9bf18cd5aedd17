package org.creativeatlas.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ServerAddress;
import org.junit.jupiter.api.Assumptions;

/**
 * The two engines a catalogue can live on, for tests that run the same assertions against both. The server is the
 * one named by the environment variable {@code ATLAS_TEST_POSTGRES} ({@code postgresql://user@host:port/db}, a
 * user allowed to create databases); {@code .ci/run} starts a throwaway cluster and sets it. Without it the
 * server half of each test is skipped with a message saying so.
 */
public enum Engine {
    SQLITE, POSTGRESQL;

    public static final String VARIABLE = "ATLAS_TEST_POSTGRES";

    /** Opens (or reopens) the catalogue called {@code name} of the test that owns {@code dir}. */
    public Catalogue open(Path dir, String name) {
        if (this == SQLITE) {
            return Catalogue.open(dir.resolve(name + ".db"));
        }
        return Catalogue.connect(address(dir, name), null);
    }

    /** The address of the test's database {@code name} on the test server, created empty on first use. */
    public static ServerAddress address(Path dir, String name) {
        ServerAddress admin = server();
        String database = ("t" + Integer.toHexString(dir.toAbsolutePath().toString().hashCode()) + "_"
                + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"));
        database = database.substring(0, Math.min(database.length(), 60));
        createDatabase(admin, database);
        return admin.withDatabase(database);
    }

    /** The test server, or the test is skipped. */
    public static ServerAddress server() {
        String location = System.getenv(VARIABLE);
        Assumptions.assumeTrue(location != null && !location.isBlank(), "No PostgreSQL server given: the server "
                + "tests are skipped. Set " + VARIABLE + "=postgresql://postgres@127.0.0.1:PORT/postgres "
                + "(.ci/run starts a throwaway cluster and sets it).");
        return ServerAddress.parse(location);
    }

    public static boolean serverGiven() {
        String location = System.getenv(VARIABLE);
        return location != null && !location.isBlank();
    }

    /** An administrator's connection to one database of the test server, for checks a client cannot make. */
    public static Connection admin(ServerAddress address) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        String url = "jdbc:postgresql://" + address.host() + ":" + address.port() + "/" + address.database();
        return DriverManager.getConnection(url, props);
    }

    private static synchronized void createDatabase(ServerAddress admin, String database) {
        try (Connection conn = admin(admin);
             PreparedStatement exists = conn.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement st = conn.createStatement()) {
                // the name is made above from letters, digits and underscores only
                st.execute("CREATE DATABASE \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + database + ": " + e.getMessage(), e);
        }
    }
}
