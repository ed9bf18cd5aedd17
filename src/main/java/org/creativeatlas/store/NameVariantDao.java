package org.creativeatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.creativeatlas.model.NameVariant;

/** The {@code name_variant} table. */
public final class NameVariantDao {

    private static final String SELECT = "SELECT id, actor_id, text, lang FROM name_variant";

    private final Database db;

    public NameVariantDao(Database db) {
        this.db = db;
    }

    public List<NameVariant> all() {
        return db.query(SELECT + " ORDER BY id", NameVariantDao::map);
    }

    public List<NameVariant> of(long actorId) {
        return db.query(SELECT + " WHERE actor_id = ? ORDER BY id", NameVariantDao::map, actorId);
    }

    public NameVariant insert(NameVariant v) {
        return v.withId(db.insert("INSERT INTO name_variant (actor_id, text, lang) VALUES (?,?,?)",
                v.actorId(), v.text(), v.lang()));
    }

    public void insertWithId(NameVariant v) {
        db.update("INSERT INTO name_variant (id, actor_id, text, lang) VALUES (?,?,?,?)",
                v.id(), v.actorId(), v.text(), v.lang());
    }

    public void delete(long id) {
        db.update("DELETE FROM name_variant WHERE id = ?", id);
    }

    static NameVariant map(ResultSet rs) throws SQLException {
        return new NameVariant(rs.getLong("id"), rs.getLong("actor_id"), rs.getString("text"), rs.getString("lang"));
    }
}
