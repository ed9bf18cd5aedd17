package org.creativeatlas.store;

import static org.creativeatlas.store.RowMapper.shared;
import static org.creativeatlas.store.RowMapper.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.NameVariant;

/** The {@code name_variant} table. */
public final class NameVariantDao {

    private static final String SELECT = "SELECT id, actor_id, text, lang FROM name_variant";
    private static final String INSERT = "INSERT INTO name_variant (actor_id, text, lang) VALUES (?,?,?)";

    private final Database db;

    public NameVariantDao(Database db) {
        this.db = db;
    }

    public List<NameVariant> all() {
        return db.query(SELECT + " ORDER BY id", mapper());
    }

    /** Every variant, ordered by actor, so a bulk load can walk them beside the actors without a lookup table. */
    public List<NameVariant> allByActor() {
        return db.query(SELECT + " ORDER BY actor_id, id", mapper());
    }

    public List<NameVariant> of(long actorId) {
        return db.query(SELECT + " WHERE actor_id = ? ORDER BY id", mapper(), actorId);
    }

    public NameVariant insert(NameVariant v) {
        return v.withId(db.insert(INSERT, v.actorId(), v.text(), v.lang()));
    }

    /** Stores many new variants through one prepared statement in one transaction (bulk loads). */
    public void insertAll(List<NameVariant> variants) {
        db.batch(INSERT, variants.stream().map(v -> new Object[] {v.actorId(), v.text(), v.lang()}).toList());
    }

    public void insertWithId(NameVariant v) {
        db.update("INSERT INTO name_variant (id, actor_id, text, lang) VALUES (?,?,?,?)",
                v.id(), v.actorId(), v.text(), v.lang());
    }

    /** The highest id in use (0 when empty). */
    public long maxId() {
        return db.query("SELECT coalesce(max(id), 0) FROM name_variant", rs -> rs.getLong(1)).get(0);
    }

    public void delete(long id) {
        db.update("DELETE FROM name_variant WHERE id = ?", id);
    }

    /** A mapper for one query: the few language codes are kept once, not once per variant. */
    private static RowMapper<NameVariant> mapper() {
        Map<String, String> languages = new HashMap<>();
        return rs -> new NameVariant(rs.getLong(1), rs.getLong(2), text(rs, 3), shared(languages, text(rs, 4)));
    }
}
