package org.creativeatlas.store;

import java.util.Optional;
import org.creativeatlas.model.Problem;

/**
 * A problem with the catalogue file or server, with a message fit to show the user as it is: in English, as the
 * command line prints it, and for every reason a window can meet also as a {@link Problem}, so the window says it
 * in its own language.
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
    public StoreException(Problem problem, String english, Throwable cause) {
        this(problem, english, Kind.OTHER, cause);
    }

    /** {@code english} is the English bundle's sentence for {@code problem}; a test holds the two together. */
    StoreException(Problem problem, String english, Kind kind, Throwable cause) {
        super(english, cause);
        this.kind = kind;
        this.problem = problem;
    }

    /** Waiting for the catalogue was interrupted (the app is closing). */
    static StoreException stopped(Throwable cause) {
        return new StoreException(Problem.of("store.stopped"), "Stopped while waiting for the catalogue.", Kind.OTHER,
                cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The reason as a bundle key and its arguments, where the window can say it in its language. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
