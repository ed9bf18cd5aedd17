package org.creativeatlas.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The version of each actor, link and name variant as this client last saw it: what an update or delete is checked
 * against. Loading rows for the window sets it; reading a row again inside an edit only fills it in if it was never
 * seen, so an edit is refused when a colleague changed the row since the window showed it. Changes made inside a
 * transaction are taken back if it rolls back. Guarded by the database's lock.
 */
final class RowVersions {

    private final Map<String, Map<Long, Integer>> byTable = new HashMap<>();
    private final List<Runnable> undo = new ArrayList<>();
    private boolean inTransaction;

    /** The version last seen, or 0 if this client never read the row. */
    int seen(String table, long id) {
        Integer version = table(table).get(id);
        return version == null ? 0 : version;
    }

    /** The row as it is now is what the window shows (a load, a refresh, this client's own write). */
    void set(String table, long id, int version) {
        remember(table, id, table(table).put(id, version));
    }

    /** A read that does not change what the window shows: kept only if the row was never seen. */
    void readOnce(String table, long id, int version) {
        Map<Long, Integer> seen = table(table);
        if (!seen.containsKey(id)) {
            seen.put(id, version);
            remember(table, id, null);
        }
    }

    void removed(String table, long id) {
        remember(table, id, table(table).remove(id));
    }

    void begin() {
        inTransaction = true;
        undo.clear();
    }

    void commit() {
        inTransaction = false;
        undo.clear();
    }

    /** Puts back the versions as they were before the transaction. */
    void rollback() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        commit();
    }

    private void remember(String table, long id, Integer before) {
        if (inTransaction) {
            Map<Long, Integer> seen = table(table);
            undo.add(() -> {
                if (before == null) {
                    seen.remove(id);
                } else {
                    seen.put(id, before);
                }
            });
        }
    }

    private Map<Long, Integer> table(String table) {
        return byTable.computeIfAbsent(table, t -> new HashMap<>());
    }
}
