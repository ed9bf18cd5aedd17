package org.creativeatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.IdRange;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;

/** The {@code link} table. */
public final class LinkDao {

    private static final String SELECT = "SELECT id, type, from_id, to_id, role, start_date, end_date, note FROM link";
    private static final String INSERT =
            "INSERT INTO link (type, from_id, to_id, role, start_date, end_date, note) VALUES (?,?,?,?,?,?,?)";
    private static final String INSERT_WITH_ID =
            "INSERT INTO link (id, type, from_id, to_id, role, start_date, end_date, note) VALUES (?,?,?,?,?,?,?,?)";

    private final Database db;

    public LinkDao(Database db) {
        this.db = db;
    }

    public List<Link> all() {
        return db.query(SELECT + " ORDER BY id", LinkDao::map);
    }

    /** Links that start or end at the actor. */
    public List<Link> of(long actorId) {
        return db.query(SELECT + " WHERE from_id = ? OR to_id = ? ORDER BY id", LinkDao::map, actorId, actorId);
    }

    public Link insert(Link link) {
        return link.withId(db.insert(INSERT, values(link)));
    }

    /** Stores many new links through one prepared statement in one transaction (bulk loads). */
    public void insertAll(List<Link> links) {
        db.batch(INSERT, links.stream().map(LinkDao::values).toList());
    }

    private static Object[] values(Link link) {
        return new Object[] {link.type().code(), link.fromId(), link.toId(), link.role(), link.start(), link.end(),
            link.note()};
    }

    public void insertWithId(Link link) {
        db.update(INSERT_WITH_ID, valuesWithId(link));
    }

    /** Stores links again with their own ids, in one transaction (redoing an import). */
    public void insertAllWithIds(List<Link> links) {
        db.batch(INSERT_WITH_ID, links.stream().map(LinkDao::valuesWithId).toList());
    }

    private static Object[] valuesWithId(Link link) {
        return new Object[] {link.id(), link.type().code(), link.fromId(), link.toId(), link.role(), link.start(),
            link.end(), link.note()};
    }

    /** The links with ids in the range, in id order. */
    public List<Link> inRange(IdRange ids) {
        return db.query(SELECT + " WHERE id BETWEEN ? AND ? ORDER BY id", LinkDao::map, ids.first(), ids.last());
    }

    public void deleteRange(IdRange ids) {
        db.update("DELETE FROM link WHERE id BETWEEN ? AND ?", ids.first(), ids.last());
    }

    public void delete(long id) {
        db.update("DELETE FROM link WHERE id = ?", id);
    }

    public long count() {
        return db.query("SELECT count(*) FROM link", rs -> rs.getLong(1)).get(0);
    }

    static Link map(ResultSet rs) throws SQLException {
        return new Link(rs.getLong("id"), Coded.parse(LinkType.class, rs.getString("type")).orElseThrow(),
                rs.getLong("from_id"), rs.getLong("to_id"), rs.getString("role"), rs.getString("start_date"),
                rs.getString("end_date"), rs.getString("note"));
    }
}
