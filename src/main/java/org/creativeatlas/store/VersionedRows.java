package org.creativeatlas.store;

import java.util.List;

/** The version bookkeeping of one table whose rows are only added and deleted (links, name variants). */
final class VersionedRows {

    private final Database db;
    private final String table;

    VersionedRows(Database db, String table) {
        this.db = db;
        this.table = table;
    }

    /** A row was read; runs inside the query, under the database's lock. */
    void read(long id, int version) {
        db.versions().readOnce(table, id, version);
    }

    /** This client stored the row: it is at version 1. */
    void stored(long id) {
        db.call(() -> {
            db.versions().set(table, id, 1);
            return null;
        });
    }

    /** Deletes the row if it is still at the version seen; a row already gone stays gone. */
    void delete(long id) {
        db.call(() -> {
            int expected = db.versions().seen(table, id);
            if (expected == 0) {
                List<Integer> stored = db.query("SELECT version FROM " + table + " WHERE id = ?",
                        rs -> rs.getInt(1), id);
                expected = stored.isEmpty() ? 0 : stored.get(0);
            }
            if (db.update("DELETE FROM " + table + " WHERE id = ? AND version = ?", id, expected) == 0
                    && !db.query("SELECT 1 FROM " + table + " WHERE id = ?", rs -> 1, id).isEmpty()) {
                throw new ConflictException(table, id);
            }
            db.versions().removed(table, id);
            return null;
        });
    }
}
