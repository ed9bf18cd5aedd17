package org.creativeatlas.store;

import java.util.Optional;
import org.creativeatlas.model.Problem;

/**
 * A problem with the catalogue file, with a message fit to show the user as it is: in English, and for a file that
 * cannot be opened also as a {@link Problem}, so a window says it in its own language.
 */
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
    private final transient Problem problem;

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
        this(null, message, kind, cause);
    }

    /** {@code english} is the English bundle's sentence for {@code problem}; a test holds the two together. */
    StoreException(Problem problem, String english, Kind kind, Throwable cause) {
        super(english, cause);
        this.kind = kind;
        this.problem = problem;
    }

    public Kind kind() {
        return kind;
    }

    /** The reason as a bundle key and its arguments, where the window can say it in its language. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
