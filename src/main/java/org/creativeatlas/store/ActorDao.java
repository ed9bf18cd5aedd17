package org.creativeatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Mode;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.creativeatlas.model.TextFold;

/** The {@code actor} table. */
public final class ActorDao {

    private static final String COLUMNS = "type, name, kind, country, city, website, sectors, status, mode, "
            + "operator_id, languages, start_year, end_year, start_date, end_date, role, description, notes";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM actor";
    private static final String INSERT = "INSERT INTO actor (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_WITH_ID =
            "INSERT INTO actor (id, " + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Database db;

    public ActorDao(Database db) {
        this.db = db;
    }

    public List<Actor> all() {
        return db.query(SELECT + " ORDER BY id", ActorDao::map);
    }

    public List<Actor> ofType(ActorType type) {
        return db.query(SELECT + " WHERE type = ? ORDER BY id", ActorDao::map, type.code());
    }

    public Optional<Actor> byId(long id) {
        return db.query(SELECT + " WHERE id = ?", ActorDao::map, id).stream().findFirst();
    }

    /** The platforms an organisation operates. */
    public List<Actor> operatedBy(long organisationId) {
        return db.query(SELECT + " WHERE operator_id = ? ORDER BY id", ActorDao::map, organisationId);
    }

    /** Actors whose name or a name variant contains {@code text}, folding case in every script. */
    public List<Actor> search(String text) {
        String like = "%" + TextFold.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.query(SELECT + " WHERE fold(name) LIKE ? ESCAPE '\\' OR id IN "
                + "(SELECT actor_id FROM name_variant WHERE fold(text) LIKE ? ESCAPE '\\') ORDER BY id",
                ActorDao::map, like, like);
    }

    /** Stores a new actor and returns it with its id. */
    public Actor insert(Actor actor) {
        return actor.withId(db.insert(INSERT, values(actor)));
    }

    /** Stores an actor with its own id again (undo of a delete, import that keeps ids). */
    public void insertWithId(Actor actor) {
        Object[] values = values(actor);
        Object[] withId = new Object[values.length + 1];
        withId[0] = actor.id();
        System.arraycopy(values, 0, withId, 1, values.length);
        db.update(INSERT_WITH_ID, withId);
    }

    /** Stores many new actors in one transaction; returns them with their ids. */
    public List<Actor> insertAll(List<Actor> actors) {
        return db.inTransaction(() -> {
            List<Actor> out = new ArrayList<>(actors.size());
            actors.forEach(a -> out.add(insert(a)));
            return out;
        });
    }

    public void update(Actor actor) {
        Object[] values = values(actor);
        Object[] params = Arrays.copyOf(values, values.length + 1);
        params[values.length] = actor.id();
        db.update("UPDATE actor SET " + COLUMNS.replace(", ", " = ?, ") + " = ?, "
                + "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?", params);
    }

    /** Deletes an actor; its variants, links and mentions go with it (foreign keys cascade). */
    public void delete(long id) {
        db.update("DELETE FROM actor WHERE id = ?", id);
    }

    public long count() {
        return db.query("SELECT count(*) FROM actor", rs -> rs.getLong(1)).get(0);
    }

    private static Object[] values(Actor a) {
        return new Object[] {a.type().code(), a.name(), a.kind(), a.country(), a.city(), a.website(),
            sectorsText(a.sectors()), code(a.status()), code(a.mode()), a.operatorId(), a.languages(),
            a.startYear(), a.endYear(), a.startDate(), a.endDate(), a.role(), a.description(), a.notes()};
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String sectorsText(Set<Sector> sectors) {
        return sectors.isEmpty() ? null : sectors.stream().map(Sector::code).collect(Collectors.joining(","));
    }

    private static Set<Sector> sectors(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<Sector> out = EnumSet.noneOf(Sector.class);
        for (String code : text.split(",")) {
            Coded.parse(Sector.class, code).ifPresent(out::add);
        }
        return out;
    }

    static Actor map(ResultSet rs) throws SQLException {
        return new Actor(rs.getLong("id"),
                Coded.parse(ActorType.class, rs.getString("type")).orElseThrow(),
                rs.getString("name"), rs.getString("kind"), rs.getString("country"), rs.getString("city"),
                rs.getString("website"), sectors(rs.getString("sectors")),
                Coded.parse(Status.class, rs.getString("status")).orElse(null),
                Coded.parse(Mode.class, rs.getString("mode")).orElse(null),
                RowMapper.nullableLong(rs, "operator_id"), rs.getString("languages"),
                RowMapper.nullableInt(rs, "start_year"), RowMapper.nullableInt(rs, "end_year"),
                rs.getString("start_date"), rs.getString("end_date"), rs.getString("role"),
                rs.getString("description"), rs.getString("notes"));
    }
}
