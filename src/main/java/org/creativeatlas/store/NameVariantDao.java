package org.creativeatlas.store;

import static org.creativeatlas.store.RowMapper.shared;
import static org.creativeatlas.store.RowMapper.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.NameVariant;

/** The {@code name_variant} table. */
public final class NameVariantDao {

    private static final String TABLE = "name_variant";
    private static final String SELECT = "SELECT id, actor_id, text, lang, version FROM name_variant";
    private static final String INSERT_WITH_ID = "INSERT INTO name_variant (id, actor_id, text, lang) VALUES (?,?,?,?)";

    private final Database db;
    private final VersionedRows rows;

    public NameVariantDao(Database db) {
        this.db = db;
        this.rows = new VersionedRows(db, TABLE);
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
        return db.inTransaction(() -> {
            NameVariant stored = v.withId(db.reserveIds(TABLE, 1));
            db.update(INSERT_WITH_ID, stored.id(), stored.actorId(), stored.text(), stored.lang());
            rows.stored(stored.id());
            return stored;
        });
    }

    /** Stores many new variants in one transaction (bulk loads). */
    public void insertAll(List<NameVariant> variants) {
        if (variants.isEmpty()) {
            return;
        }
        db.inTransaction(() -> {
            long id = db.reserveIds(TABLE, variants.size());
            List<Object[]> values = new ArrayList<>(variants.size());
            for (NameVariant v : variants) {
                values.add(new Object[] {id++, v.actorId(), v.text(), v.lang()});
            }
            db.bulkInsert(TABLE, List.of("id", "actor_id", "text", "lang"), List.of(), values);
        });
    }

    public void insertWithId(NameVariant v) {
        db.inTransaction(() -> {
            db.update(INSERT_WITH_ID, v.id(), v.actorId(), v.text(), v.lang());
            db.afterExplicitIds(TABLE);
            rows.stored(v.id());
        });
    }

    /** Stores variants with their own ids in one transaction (copying a catalogue). */
    public void insertAllWithIds(List<NameVariant> variants) {
        db.inTransaction(() -> {
            db.bulkInsert(TABLE, List.of("id", "actor_id", "text", "lang"), List.of(),
                    variants.stream().map(v -> new Object[] {v.id(), v.actorId(), v.text(), v.lang()}).toList());
            db.afterExplicitIds(TABLE);
        });
    }

    /** A new variant id, never handed out before (a merge numbers the variant it adds). */
    public long reserveId() {
        return db.reserveIds(TABLE, 1);
    }

    /** The highest id in use (0 when empty). */
    public long maxId() {
        return db.query("SELECT coalesce(max(id), 0) FROM name_variant", rs -> rs.getLong(1)).get(0);
    }

    /** Deletes a variant, refused with {@link ConflictException} if someone changed it since this client read it. */
    public void delete(long id) {
        rows.delete(id);
    }

    /** A mapper for one query: the few language codes are kept once, not once per variant. */
    private RowMapper<NameVariant> mapper() {
        Map<String, String> languages = new HashMap<>();
        return rs -> {
            rows.read(rs.getLong(1), rs.getInt(5));
            return new NameVariant(rs.getLong(1), rs.getLong(2), text(rs, 3), shared(languages, text(rs, 4)));
        };
    }
}
