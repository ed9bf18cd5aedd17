package org.creativeatlas.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * The two roles of a team catalogue ({@code setup-server.sql}): editors read and write, readers only read. Run by
 * the catalogue's owner; role names are quoted by the server ({@code format('%I')}), never pasted into SQL.
 */
public final class ServerRoles {

    public static final String EDITOR = "atlas_editor";
    public static final String READER = "atlas_reader";

    private ServerRoles() {
    }

    /** Creates the two group roles with their rights and makes the named login roles members. */
    public static void setUp(Catalogue catalogue, List<String> editors, List<String> readers) {
        Database db = catalogue.db();
        if (!db.isServer()) {
            throw new StoreException("Roles belong to a team catalogue on a server, not to a file.");
        }
        db.inTransaction(() -> db.call(() -> {
            try (Statement st = db.connection().createStatement()) {
                st.execute(script());
            }
            for (String editor : editors) {
                grant(db, EDITOR, READER, editor);
            }
            for (String reader : readers) {
                grant(db, READER, EDITOR, reader);
            }
            return null;
        }));
    }

    private static String script() {
        try (java.io.InputStream in = ServerRoles.class.getResourceAsStream("setup-server.sql")) {
            if (in == null) {
                throw new IllegalStateException("setup-server.sql is missing from this build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void grant(Database db, String group, String other, String role) throws java.sql.SQLException {
        try (PreparedStatement exists = db.connection().prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("There is no role \"" + role + "\" on the server: create it first "
                            + "(CREATE ROLE ... LOGIN PASSWORD ...), then run setup-server again.");
                }
            }
        }
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT format('REVOKE %I FROM %I', ?::text, ?::text), format('GRANT %I TO %I', ?::text, ?::text)")) {
            ps.setString(1, other);
            ps.setString(2, role);
            ps.setString(3, group);
            ps.setString(4, role);
            try (ResultSet rs = ps.executeQuery(); Statement st = db.connection().createStatement()) {
                rs.next();
                st.execute(rs.getString(1));
                st.execute(rs.getString(2));
            }
        }
    }
}
