package org.creativeatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.creativeatlas.model.Problem;

/**
 * The schema of a catalogue on a server: the same numbered migrations as a file, from the {@code postgresql/}
 * folder, each run with its version bump in one transaction under an advisory lock, so two clients connecting to
 * a new database at once do not both create it. A database with other tables and no {@code atlas_catalogue}, or
 * with a newer version, is refused unchanged.
 */
final class ServerSchema {

    private static final long MIGRATION_LOCK = 0x4341544102L;

    private ServerSchema() {
    }

    static int version(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('atlas_catalogue') IS NOT NULL, "
                     + "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                if (rs.getLong(2) > 0) {
                    throw new StoreException(Problem.of("store.server.other_tables"), "The database is not a "
                            + "Creative Atlas catalogue: it holds other tables. It was left unchanged.", StoreException.Kind.OTHER, null);
                }
                return 0;
            }
        }
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT application, schema_version FROM atlas_catalogue")) {
            if (!rs.next() || !"creative-atlas".equals(rs.getString(1))) {
                throw new StoreException(Problem.of("store.server.not_catalogue"), "The database is not a Creative "
                        + "Atlas catalogue. It was left unchanged.", StoreException.Kind.OTHER, null);
            }
            return rs.getInt(2);
        }
    }

    static void prepare(Connection conn, ServerAddress address, int target) throws SQLException {
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            for (;;) {
                st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                int version = version(conn);
                if (version > target) {
                    throw new StoreException(Problem.of("store.server.newer", address.displayName(),
                            String.valueOf(version), String.valueOf(target)), "The team catalogue "
                            + address.displayName() + " was written by a newer version of Creative Atlas (catalogue "
                            + "format " + version + "; this version reads up to " + target + "). It was left unchanged.",
                            StoreException.Kind.OTHER, null);
                }
                if (version == target) {
                    conn.commit();
                    return;
                }
                st.execute(Migrator.read("postgresql/" + Migrator.SCRIPTS.get(version)));
                st.execute("UPDATE atlas_catalogue SET schema_version = " + (version + 1));
                conn.commit();
            }
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            if (e instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                throw new StoreException(Problem.of("store.server.needs_owner", address.displayName()), "The team "
                        + "catalogue " + address.displayName() + " needs its tables brought up to date, which only its "
                        + "owner may do: ask the administrator to run setup-server.", StoreException.Kind.OTHER, e);
            }
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }
}
