package org.creativeatlas.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;

/**
 * Stores many actors of one type through statements that name only some columns (see
 * {@link ActorDao#bulkInsert}). {@link #row} turns an actor into the values to bind and may run on another thread
 * than {@link #insert}, so that a reader thread prepares rows while the store binds the ones before.
 */
public final class ActorBulkInsert {

    private final Database db;
    private final ActorType type;
    private final ActorField[] filled;
    private final ActorField[] empty;
    private final List<String> columns = new ArrayList<>();
    private final List<String[]> constants;

    ActorBulkInsert(Database db, ActorType type, Set<ActorField> fields, String[] columns, String now) {
        this.db = db;
        this.type = type;
        EnumSet<ActorField> named = EnumSet.of(ActorField.NAME);
        named.addAll(fields);
        this.filled = named.toArray(ActorField[]::new);
        this.empty = EnumSet.complementOf(named).toArray(ActorField[]::new);
        this.columns.add("id");
        for (ActorField field : filled) {
            this.columns.add(columns[1 + field.ordinal()]);
        }
        this.constants = List.of(new String[] {"type", type.code()}, new String[] {"updated_at", now});
    }

    /** The values of one actor, its id left to {@link #insert}; refuses an actor with a value in a column left out. */
    public Object[] row(Actor actor) {
        if (actor.type() != type || !isEmpty(actor)) {
            throw new IllegalArgumentException("actor " + actor.name() + " does not fit the bulk insert");
        }
        Object[] row = new Object[filled.length + 1];
        for (int i = 0; i < filled.length; i++) {
            row[i + 1] = ActorDao.column(actor, filled[i]);
        }
        return row;
    }

    /**
     * Stores the rows in one transaction with new ids, one after another; returns the first. Inside an import's
     * transaction, the rows of all its calls are one id range.
     */
    public long insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return db.inTransaction(() -> {
            long first = db.reserveIds("actor", rows.size());
            long id = first;
            for (Object[] row : rows) {
                row[0] = id++;
            }
            db.bulkInsert("actor", columns, constants, rows);
            return first;
        });
    }

    private boolean isEmpty(Actor actor) {
        for (ActorField field : empty) {
            Object value = actor.get(field);
            if (value != null && !(value instanceof Set<?> set && set.isEmpty())) {
                return false;
            }
        }
        return true;
    }
}
