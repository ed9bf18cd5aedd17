package org.creativeatlas.store;

/** A problem with the catalogue file, with a message fit to show the user as it is. */
public class StoreException extends RuntimeException {

    /**
     * What kind of problem, for callers that treat some apart: a batch stops at a full disk or a file that stayed
     * busy, since every file after would fail the same way.
     */
    public enum Kind {
        /** Another program kept the catalogue locked for longer than the wait allowed. */
        BUSY,
        /** The disk holding the catalogue is full. */
        DISK_FULL,
        /** The catalogue is on a read-only file system. */
        READ_ONLY,
        OTHER
    }

    private final Kind kind;

    public StoreException(String message) {
        this(message, Kind.OTHER, null);
    }

    public StoreException(String message, Throwable cause) {
        this(message, Kind.OTHER, cause);
    }

    public StoreException(String message, Kind kind) {
        this(message, kind, null);
    }

    public StoreException(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
