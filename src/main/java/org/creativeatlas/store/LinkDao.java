package org.creativeatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.IdRange;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;

/** The {@code link} table. */
public final class LinkDao {

    private static final String TABLE = "link";
    private static final String SELECT =
            "SELECT id, type, from_id, to_id, role, start_date, end_date, note, version FROM link";
    private static final List<String> COLUMNS =
            List.of("id", "type", "from_id", "to_id", "role", "start_date", "end_date", "note");
    private static final String INSERT_WITH_ID =
            "INSERT INTO link (id, type, from_id, to_id, role, start_date, end_date, note) VALUES (?,?,?,?,?,?,?,?)";

    private final Database db;
    private final VersionedRows rows;

    public LinkDao(Database db) {
        this.db = db;
        this.rows = new VersionedRows(db, TABLE);
    }

    public List<Link> all() {
        return db.query(SELECT + " ORDER BY id", this::map);
    }

    /** Links that start or end at the actor. */
    public List<Link> of(long actorId) {
        return db.query(SELECT + " WHERE from_id = ? OR to_id = ? ORDER BY id", this::map, actorId, actorId);
    }

    public Link insert(Link link) {
        return db.inTransaction(() -> {
            Link stored = link.withId(db.reserveIds(TABLE, 1));
            db.update(INSERT_WITH_ID, valuesWithId(stored));
            rows.stored(stored.id());
            return stored;
        });
    }

    /** Stores many new links in one transaction, numbered one after another (bulk loads). */
    public void insertAll(List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        db.inTransaction(() -> {
            long id = db.reserveIds(TABLE, links.size());
            List<Object[]> values = new ArrayList<>(links.size());
            for (Link link : links) {
                values.add(valuesWithId(link.withId(id++)));
            }
            db.bulkInsert(TABLE, COLUMNS, List.of(), values);
        });
    }

    public void insertWithId(Link link) {
        db.inTransaction(() -> {
            db.update(INSERT_WITH_ID, valuesWithId(link));
            db.afterExplicitIds(TABLE);
            rows.stored(link.id());
        });
    }

    /** Stores links again with their own ids, in one transaction (redoing an import). */
    public void insertAllWithIds(List<Link> links) {
        db.inTransaction(() -> {
            db.bulkInsert(TABLE, COLUMNS, List.of(), links.stream().map(LinkDao::valuesWithId).toList());
            db.afterExplicitIds(TABLE);
        });
    }

    private static Object[] valuesWithId(Link link) {
        return new Object[] {link.id(), link.type().code(), link.fromId(), link.toId(), link.role(), link.start(),
            link.end(), link.note()};
    }

    /** The links with ids in the range, in id order. */
    public List<Link> inRange(IdRange ids) {
        return db.query(SELECT + " WHERE id BETWEEN ? AND ? ORDER BY id", this::map, ids.first(), ids.last());
    }

    public void deleteRange(IdRange ids) {
        db.update("DELETE FROM link WHERE id BETWEEN ? AND ?", ids.first(), ids.last());
    }

    /** Deletes a link, refused with {@link ConflictException} if someone changed it since this client read it. */
    public void delete(long id) {
        rows.delete(id);
    }

    public long count() {
        return db.query("SELECT count(*) FROM link", rs -> rs.getLong(1)).get(0);
    }

    private Link map(ResultSet rs) throws SQLException {
        rows.read(rs.getLong(1), rs.getInt(9));
        return new Link(rs.getLong(1), Coded.parse(LinkType.class, rs.getString(2)).orElseThrow(),
                rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
