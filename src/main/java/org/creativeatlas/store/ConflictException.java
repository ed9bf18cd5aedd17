package org.creativeatlas.store;

/**
 * A row was not stored because it changed (or went) since this client read it: someone else's edit came first.
 * Nothing of the transaction was stored.
 */
public final class ConflictException extends StoreException {

    private final String table;
    private final long id;

    ConflictException(String table, long id) {
        super("The " + table.replace('_', ' ') + " " + id + " was changed by someone else since it was read; "
                + "nothing was stored.");
        this.table = table;
        this.id = id;
    }

    public String table() {
        return table;
    }

    public long id() {
        return id;
    }
}
