package org.creativeatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.StoreException.Kind;

/** A catalogue on a read-only mount (a write-protected stick, a share mounted read-only) is named as such. */
final class ReadOnlyMount {

    private ReadOnlyMount() {
    }

    /** Whether {@code path}, or the nearest folder above it that exists, is on a file system mounted read-only. */
    static boolean onReadOnlyFileSystem(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing != null && Files.getFileStore(existing).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    static StoreException fileSystem(Path file, Throwable cause) {
        return new StoreException(Problem.of("store.read_only", file.toString()), "The catalogue " + file + " is on "
                + "a read-only file system: copy it to a folder that can be written to, or mount the disk for writing.",
                Kind.READ_ONLY, cause);
    }
}
