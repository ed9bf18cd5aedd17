package org.creativeatlas.store;

import java.nio.file.Path;
import java.time.Duration;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.StoreException.Kind;

/**
 * Waiting for other writers: the one place where it is done. Two programs may write to one catalogue (two imports
 * at once, the app and the command line); each write transaction takes the file's write lock when it begins, and
 * the engine waits for it (SQLite's busy timeout). A transaction that still meets a busy file part-way, or whose
 * snapshot went stale ({@code SQLITE_BUSY_SNAPSHOT}), is rolled back and run again from its start, with short
 * pauses, until the wait is used up: only then does it fail, with one sentence saying the file stayed busy.
 */
final class BusyRetry {

    /** How long a writer waits for its turn before it gives up. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    private static final long FIRST_PAUSE_MS = 20;
    private static final long LONGEST_PAUSE_MS = 500;

    private final Path file;
    private final Duration wait;

    BusyRetry(Path file, Duration wait) {
        this.file = file;
        this.wait = wait;
    }

    Duration waitLimit() {
        return wait;
    }

    /** One attempt at the whole work: it rolls back what it did before it throws. */
    @FunctionalInterface
    interface Attempt<T> {
        T run();
    }

    /** Runs {@code attempt}, again from its start while it fails on a busy file, until the wait is used up. */
    <T> T run(Attempt<T> attempt) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                return attempt.run();
            } catch (StoreException e) {
                if (e.kind() != Kind.BUSY) {
                    throw e;
                }
                long leftMs = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMs <= 0) {
                    throw gaveUp(e);
                }
                sleep(Math.min(pause, leftMs));
                pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
            }
        }
    }

    private StoreException gaveUp(StoreException last) {
        return new StoreException(Problem.of("store.kept_busy", file.getFileName().toString(), describe(wait)),
                "The catalogue " + file.getFileName() + " is in use by another program, which kept it busy for "
                + english(wait) + ": nothing of this was stored. Try again when it has finished.", Kind.BUSY, last);
    }

    private static Problem describe(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? Problem.of("store.wait.seconds", String.valueOf(wait.toSeconds()))
                : Problem.of("store.wait.millis", String.valueOf(wait.toMillis()));
    }

    private static String english(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StoreException.stopped(e);
        }
    }
}
