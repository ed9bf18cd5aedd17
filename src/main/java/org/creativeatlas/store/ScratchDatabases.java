package org.creativeatlas.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * Empty databases made on a server for a benchmark and dropped after it, by a user allowed to create databases.
 * Their names are generated here (letters, digits, underscores), never taken from user text.
 */
public final class ScratchDatabases {

    private ScratchDatabases() {
    }

    /** A new empty database on the server of {@code server}; returns its address. */
    public static ServerAddress create(ServerAddress server, char[] password, String purpose) {
        String name = "atlas_" + purpose.replaceAll("[^a-z0-9_]", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        run(server, password, "CREATE DATABASE " + name);
        return server.withDatabase(name);
    }

    public static void drop(ServerAddress server, char[] password, ServerAddress scratch) {
        if (!scratch.database().matches("atlas_[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a scratch database: " + scratch.database());
        }
        run(server, password, "DROP DATABASE IF EXISTS " + scratch.database() + " WITH (FORCE)");
    }

    private static void run(ServerAddress server, char[] password, String sql) {
        Properties props = new Properties();
        props.setProperty("user", server.user());
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        props.setProperty("sslmode", server.sslMode());
        try (Connection conn = DriverManager.getConnection(server.jdbcUrl(), props);
             Statement st = conn.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw ServerSession.failure(server, e);
        }
    }
}
