package org.creativeatlas.store;

import java.util.List;

/** The {@code dismissed_pair} table: actor pairs a researcher said are not the same. */
public final class DismissedPairDao {

    /** Two actors, lower id first whichever order they are given in. */
    public record Pair(long lowId, long highId) {

        public Pair {
            if (lowId == highId) {
                throw new IllegalArgumentException("an actor is not a pair with itself: " + lowId);
            }
            if (lowId > highId) {
                long swap = lowId;
                lowId = highId;
                highId = swap;
            }
        }

        public boolean involves(long actorId) {
            return lowId == actorId || highId == actorId;
        }
    }

    private final Database db;

    public DismissedPairDao(Database db) {
        this.db = db;
    }

    public List<Pair> all() {
        return db.query("SELECT low_id, high_id FROM dismissed_pair ORDER BY low_id, high_id",
                rs -> new Pair(rs.getLong(1), rs.getLong(2)));
    }

    /** The dismissed pairs one actor is part of. */
    public List<Pair> of(long actorId) {
        return db.query("SELECT low_id, high_id FROM dismissed_pair WHERE low_id = ? OR high_id = ? "
                + "ORDER BY low_id, high_id", rs -> new Pair(rs.getLong(1), rs.getLong(2)), actorId, actorId);
    }

    /** Records a pair; recording it again changes nothing. */
    public void insert(Pair pair) {
        db.update("INSERT INTO dismissed_pair (low_id, high_id) VALUES (?, ?) ON CONFLICT DO NOTHING", pair.lowId(), pair.highId());
    }

    public void delete(Pair pair) {
        db.update("DELETE FROM dismissed_pair WHERE low_id = ? AND high_id = ?", pair.lowId(), pair.highId());
    }
}
