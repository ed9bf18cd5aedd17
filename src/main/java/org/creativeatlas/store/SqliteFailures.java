package org.creativeatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.StoreException.Kind;

/**
 * What an SQLite error means for the person using the catalogue, in one sentence without SQLite's codes. The one
 * place where SQLite's result codes are read: a busy file, a full disk and a read-only file system each get their
 * {@link Kind}, so that callers can wait, stop a batch or say what to do.
 */
final class SqliteFailures {

    /** Primary result codes (the low byte of an extended code such as SQLITE_BUSY_SNAPSHOT). */
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    /** Below this much free space an I/O error (e.g. growing the -shm file) is taken for a full disk. */
    private static final long NEARLY_FULL = 1 << 20;

    private SqliteFailures() {
    }

    static StoreException of(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String msg = String.valueOf(e.getMessage());
        if (code == BUSY || code == LOCKED) {
            return new StoreException(Problem.of("store.in_use", file.getFileName().toString()),
                    "The catalogue " + file.getFileName() + " is in use by another program.", Kind.BUSY, e);
        }
        if (code == FULL || (code == IOERR && nearlyFull(file))) {
            return diskFull(file, e);
        }
        if (code == READONLY || code == CANTOPEN) {
            return ReadOnlyMount.onReadOnlyFileSystem(file)
                    ? ReadOnlyMount.fileSystem(file, e)
                    : new StoreException(Problem.of("store.cannot_open", file.toString()), "Cannot open " + file
                            + " for writing: check that the folder and file can be written to.", Kind.OTHER, e);
        }
        if (code == NOTADB) {
            return new StoreException(Problem.of("store.not_readable", file.getFileName().toString()),
                    file.getFileName() + " is not a Creative Atlas catalogue (not a readable SQLite database). "
                    + "The file was left unchanged.", Kind.OTHER, e);
        }
        if (code == CORRUPT) {
            return new StoreException(Problem.of("store.corrupt", file.getFileName().toString(), msg),
                    file.getFileName() + " is damaged (" + msg + "). Restore it from a backup.", Kind.OTHER, e);
        }
        return new StoreException(Problem.of("store.failed", file.getFileName().toString(), msg),
                "Cannot use the catalogue " + file.getFileName() + ": " + msg, Kind.OTHER, e);
    }

    static StoreException diskFull(Path file, Throwable cause) {
        Path folder = file.toAbsolutePath().getParent();
        return new StoreException(Problem.of("store.disk_full", String.valueOf(folder)), "The disk holding " + folder
                + " is full: nothing of this was stored. Free some space there and try again.", Kind.DISK_FULL, cause);
    }

    private static boolean nearlyFull(Path file) {
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }
}
