package org.creativeatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.creativeatlas.model.Mention;

/** The {@code mention} table: which passage of which source names an actor. */
public final class MentionDao {

    private static final String SELECT = "SELECT id, actor_id, source_id, passage FROM mention";

    private final Database db;

    public MentionDao(Database db) {
        this.db = db;
    }

    public List<Mention> all() {
        return db.query(SELECT + " ORDER BY id", MentionDao::map);
    }

    public List<Mention> of(long actorId) {
        return db.query(SELECT + " WHERE actor_id = ? ORDER BY id", MentionDao::map, actorId);
    }

    public Mention insert(Mention m) {
        return m.withId(db.insert("INSERT INTO mention (actor_id, source_id, passage) VALUES (?,?,?)",
                m.actorId(), m.sourceId(), m.passage()));
    }

    public void insertWithId(Mention m) {
        db.inTransaction(() -> {
            db.update("INSERT INTO mention (id, actor_id, source_id, passage) VALUES (?,?,?,?)",
                    m.id(), m.actorId(), m.sourceId(), m.passage());
            db.afterExplicitIds("mention");
        });
    }

    /** Stores mentions with their own ids in one transaction (copying a catalogue). */
    public void insertAllWithIds(List<Mention> mentions) {
        db.inTransaction(() -> {
            db.bulkInsert("mention", List.of("id", "actor_id", "source_id", "passage"), List.of(),
                    mentions.stream().map(m -> new Object[] {m.id(), m.actorId(), m.sourceId(), m.passage()}).toList());
            db.afterExplicitIds("mention");
        });
    }

    public void delete(long id) {
        db.update("DELETE FROM mention WHERE id = ?", id);
    }

    static Mention map(ResultSet rs) throws SQLException {
        return new Mention(rs.getLong("id"), rs.getLong("actor_id"), rs.getLong("source_id"), rs.getString("passage"));
    }
}
