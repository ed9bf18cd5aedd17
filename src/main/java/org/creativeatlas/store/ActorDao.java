package org.creativeatlas.store;

import static org.creativeatlas.store.RowMapper.nullableInt;
import static org.creativeatlas.store.RowMapper.nullableLong;
import static org.creativeatlas.store.RowMapper.shared;
import static org.creativeatlas.store.RowMapper.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.IdRange;
import org.creativeatlas.model.Mode;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.creativeatlas.model.TextFold;

/** The {@code actor} table. */
public final class ActorDao {

    /** The type, then one column per {@link ActorField} in its order: rows are built from the fields by position. */
    private static final String COLUMNS = "type, name, kind, country, city, website, sectors, status, mode, "
            + "operator_id, languages, start_year, end_year, start_date, end_date, role, description, notes";
    private static final String SELECT = "SELECT id, " + COLUMNS + ", version FROM actor";
    private static final String INSERT_WITH_ID =
            "INSERT INTO actor (id, " + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE actor SET " + COLUMNS.replace(", ", " = ?, ")
            + " = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    private static final String TABLE = "actor";

    private static final Map<String, ActorType> TYPES = byCode(ActorType.class);
    private static final Map<String, Status> STATUSES = byCode(Status.class);
    private static final Map<String, Mode> MODES = byCode(Mode.class);
    private static final Map<String, Sector> SECTORS = byCode(Sector.class);

    private final Database db;

    public ActorDao(Database db) {
        this.db = db;
    }

    /** Every actor, as the window shows them: what later edits are checked against. */
    public List<Actor> all() {
        return db.query(SELECT + " ORDER BY id", mapper(true));
    }

    /** Every actor in id order, each handed over as soon as it is read (bulk loads that work while reading). */
    public void forEach(Consumer<Actor> each) {
        db.forEach(SELECT + " ORDER BY id", mapper(true), each);
    }

    public List<Actor> ofType(ActorType type) {
        return db.query(SELECT + " WHERE type = ? ORDER BY id", mapper(true), type.code());
    }

    /**
     * The actor as it is stored now. Reading it does not change the version an edit is checked against (unless this
     * client never saw the actor): use {@link #refresh} for a row the window shows anew.
     */
    public Optional<Actor> byId(long id) {
        return db.query(SELECT + " WHERE id = ?", mapper(false), id).stream().findFirst();
    }

    /**
     * The actor as it is stored now with its version, read together, without taking it as seen: an edit that is to
     * be stored on top of exactly this row names the version ({@link #expectVersions}).
     */
    public Optional<StoredActor> withVersion(long id) {
        return db.query(SELECT + " WHERE id = ?", rs -> new StoredActor(map(rs, new HashMap<>(), new HashMap<>()),
                rs.getInt(20)), id).stream().findFirst();
    }

    /** The actor as it is stored now, which the window shows from now on: later edits are checked against it. */
    public Optional<Actor> refresh(long id) {
        return db.query(SELECT + " WHERE id = ?", mapper(true), id).stream().findFirst();
    }

    /** The version of each actor as this client last saw it (0 for one never seen). */
    public Map<Long, Integer> seenVersions(Collection<Long> ids) {
        return db.call(() -> {
            Map<Long, Integer> out = new HashMap<>();
            ids.forEach(id -> out.put(id, db.versions().seen(TABLE, id)));
            return out;
        });
    }

    /**
     * Takes these versions as seen, so the next writes are checked against them: undo uses it to refuse to undo
     * over a colleague's later edit of the same actor.
     */
    public void expectVersions(Map<Long, Integer> versions) {
        db.call(() -> {
            versions.forEach((id, version) -> {
                if (version > 0) {
                    db.versions().set(TABLE, id, version);
                }
            });
            return null;
        });
    }

    /** The platforms an organisation operates. */
    public List<Actor> operatedBy(long organisationId) {
        return db.query(SELECT + " WHERE operator_id = ? ORDER BY id", mapper(false), organisationId);
    }

    /** The actors with ids in the range, in id order (the rows one import stored). */
    public List<Actor> inRange(IdRange ids) {
        return db.query(SELECT + " WHERE id BETWEEN ? AND ? ORDER BY id", mapper(false), ids.first(), ids.last());
    }

    /** Deletes the actors with ids in the range; their variants, links and mentions go with them. */
    public void deleteRange(IdRange ids) {
        db.update("DELETE FROM actor WHERE id BETWEEN ? AND ?", ids.first(), ids.last());
    }

    /** Actors whose name or a name variant contains {@code text}, folding case in every script. */
    public List<Actor> search(String text) {
        String like = "%" + TextFold.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Dialect dialect = db.dialect();
        return db.query(SELECT + " WHERE " + dialect.fold("name") + " LIKE ? ESCAPE '\\' OR id IN "
                + "(SELECT actor_id FROM name_variant WHERE " + dialect.fold("text") + " LIKE ? ESCAPE '\\') ORDER BY id",
                mapper(false), like, like);
    }

    /** Stores a new actor and returns it with its id. */
    public Actor insert(Actor actor) {
        return db.inTransaction(() -> {
            Actor stored = actor.withId(db.reserveIds(TABLE, 1));
            db.update(INSERT_WITH_ID, valuesWithId(stored));
            db.call(() -> {
                db.versions().set(TABLE, stored.id(), 1);
                return null;
            });
            return stored;
        });
    }

    /** Stores an actor with its own id again (undo of a delete, import that keeps ids). */
    public void insertWithId(Actor actor) {
        db.inTransaction(() -> {
            db.update(INSERT_WITH_ID, valuesWithId(actor));
            db.afterExplicitIds(TABLE);
            db.call(() -> {
                db.versions().set(TABLE, actor.id(), 1);
                return null;
            });
        });
    }

    /** The first of {@code count} new actor ids, one after another, for a bulk insert to number its rows with. */
    public long reserveIds(int count) {
        return db.reserveIds(TABLE, count);
    }

    /**
     * Stores many actors with their own ids in one transaction: the fast path for bulk loads, where the caller numbers
     * the actors so links can refer to them.
     */
    public void insertAllWithIds(List<Actor> actors) {
        List<Object[]> rows = new ArrayList<>(actors.size());
        for (Actor actor : actors) {
            rows.add(valuesWithId(actor));
        }
        List<String> columns = new ArrayList<>(List.of(("id, " + COLUMNS).split(", ")));
        db.inTransaction(() -> {
            db.bulkInsert(TABLE, columns, List.<String[]>of(new String[] {"updated_at", now()}), rows);
            db.afterExplicitIds(TABLE);
        });
    }

    /**
     * A bulk insert of actors of {@code type} that writes only the columns of {@code fields}: the sheet import's path.
     * Each value bound is a call into the native library, so naming only the filled columns, and writing the type and
     * the time stamp into the statement, stores a typical sheet's rows a fifth faster than binding all twenty.
     */
    public ActorBulkInsert bulkInsert(ActorType type, Set<ActorField> fields) {
        return new ActorBulkInsert(db, type, fields, COLUMNS.split(", "), now());
    }

    /** A field's value as its column holds it. */
    static Object column(Actor actor, ActorField field) {
        return switch (field) {
            case SECTORS -> sectorsText(actor.sectors());
            case STATUS -> code(actor.status());
            case MODE -> code(actor.mode());
            default -> actor.get(field);
        };
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Stores many new actors in one transaction; returns them with their ids. */
    public List<Actor> insertAll(List<Actor> actors) {
        return db.inTransaction(() -> {
            List<Actor> out = new ArrayList<>(actors.size());
            actors.forEach(a -> out.add(insert(a)));
            return out;
        });
    }

    /**
     * Stores the actor if it is still at the version this client last saw; otherwise stores nothing and throws
     * {@link ConflictException}. The check is part of the UPDATE itself, so two writers can never both pass it.
     */
    public void update(Actor actor) {
        update(actor, db.call(() -> expected(actor.id())));
    }

    /** Stores the actor if it is still at {@code expectedVersion} (a conflict's resolution names the version it saw). */
    public void update(Actor actor, int expectedVersion) {
        Object[] values = values(actor);
        Object[] params = Arrays.copyOf(values, values.length + 3);
        params[values.length] = now();
        params[values.length + 1] = actor.id();
        params[values.length + 2] = expectedVersion;
        db.call(() -> {
            if (db.update(UPDATE, params) == 0) {
                throw new ConflictException(TABLE, actor.id());
            }
            db.versions().set(TABLE, actor.id(), expectedVersion + 1);
            return null;
        });
    }

    /**
     * Deletes an actor; its variants, links and mentions go with it (foreign keys cascade). Refused with
     * {@link ConflictException} if someone changed it since this client saw it; one already deleted stays deleted.
     */
    public void delete(long id) {
        db.call(() -> {
            int expected = expected(id);
            if (db.update("DELETE FROM actor WHERE id = ? AND version = ?", id, expected) == 0 && storedVersion(id) > 0) {
                throw new ConflictException(TABLE, id);
            }
            db.versions().removed(TABLE, id);
            return null;
        });
    }

    /** The version of the actor as stored now (0 if there is none), without taking it as seen. */
    public int storedVersion(long id) {
        List<Integer> stored = db.query("SELECT version FROM actor WHERE id = ?", rs -> rs.getInt(1), id);
        return stored.isEmpty() ? 0 : stored.get(0);
    }

    /** The version the next write of the actor is checked against: the one seen, else the one stored now (0: gone). */
    private int expected(long id) throws SQLException {
        int seen = db.versions().seen(TABLE, id);
        if (seen > 0) {
            return seen;
        }
        List<Integer> stored = db.query("SELECT version FROM actor WHERE id = ?", rs -> rs.getInt(1), id);
        if (stored.isEmpty()) {
            return 0;
        }
        db.versions().readOnce(TABLE, id, stored.get(0));
        return stored.get(0);
    }

    /** The highest id in use (0 when empty), so a bulk load can number new actors itself. */
    public long maxId() {
        return db.query("SELECT coalesce(max(id), 0) FROM actor", rs -> rs.getLong(1)).get(0);
    }

    public long count() {
        return db.query("SELECT count(*) FROM actor", rs -> rs.getLong(1)).get(0);
    }

    /** The values in the order of {@link #COLUMNS}: the type, then each field in {@link ActorField} order. */
    private static Object[] values(Actor a) {
        ActorField[] fields = ActorField.values();
        Object[] values = new Object[fields.length + 1];
        values[0] = a.type().code();
        for (ActorField field : fields) {
            values[1 + field.ordinal()] = column(a, field);
        }
        return values;
    }

    private static Object[] valuesWithId(Actor actor) {
        Object[] values = values(actor);
        Object[] withId = new Object[values.length + 1];
        withId[0] = actor.id();
        System.arraycopy(values, 0, withId, 1, values.length);
        return withId;
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String sectorsText(Set<Sector> sectors) {
        if (sectors.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Sector sector : sectors) {
            text.append(text.length() == 0 ? "" : ",").append(sector.code());
        }
        return text.toString();
    }

    private static Set<Sector> sectors(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<Sector> out = EnumSet.noneOf(Sector.class);
        for (String code : text.split(",")) {
            Sector sector = SECTORS.get(code);
            if (sector != null) {
                out.add(sector);
            } else {
                Coded.parse(Sector.class, code).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A mapper for one query, sharing the values that repeat from row to row (see {@link RowMapper#shared}). */
    private RowMapper<Actor> mapper(boolean shown) {
        Map<String, String> texts = new HashMap<>();
        Map<Integer, Integer> years = new HashMap<>();
        RowVersions versions = db.versions();
        return rs -> {
            Actor actor = map(rs, texts, years);
            if (shown) {
                versions.set(TABLE, actor.id(), rs.getInt(20));
            } else {
                versions.readOnce(TABLE, actor.id(), rs.getInt(20));
            }
            return actor;
        };
    }

    /** Reads a row by column index, in the order of {@link #COLUMNS}. */
    private static Actor map(ResultSet rs, Map<String, String> texts, Map<Integer, Integer> years)
            throws SQLException {
        return new Actor(rs.getLong(1), decode(TYPES, ActorType.class, text(rs, 2)), text(rs, 3),
                shared(texts, text(rs, 4)), shared(texts, text(rs, 5)), shared(texts, text(rs, 6)), text(rs, 7),
                sectors(text(rs, 8)), decode(STATUSES, Status.class, text(rs, 9)),
                decode(MODES, Mode.class, text(rs, 10)), nullableLong(rs, 11), shared(texts, text(rs, 12)),
                shared(years, nullableInt(rs, 13)), shared(years, nullableInt(rs, 14)), shared(texts, text(rs, 15)),
                shared(texts, text(rs, 16)), shared(texts, text(rs, 17)), text(rs, 18), text(rs, 19));
    }

    /** The enum for a stored code; a code not written by this version (e.g. in capitals) goes the lenient way. */
    private static <E extends Enum<E> & Coded> E decode(Map<String, E> byCode, Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        E value = byCode.get(code);
        return value != null ? value : Coded.parse(type, code).orElseThrow(
                () -> new StoreException("Unknown " + type.getSimpleName() + " \"" + code + "\" in the catalogue."));
    }

    private static <E extends Enum<E> & Coded> Map<String, E> byCode(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).collect(Collectors.toUnmodifiableMap(Coded::code, e -> e));
    }
}
