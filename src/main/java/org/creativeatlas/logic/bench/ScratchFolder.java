package org.creativeatlas.logic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for one benchmark's files, removed afterwards whatever happens. */
final class ScratchFolder {

    @FunctionalInterface
    interface Work {
        void run(Path dir) throws IOException;
    }

    private ScratchFolder() {
    }

    static void use(Work work) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("creative-atlas-bench");
            work.run(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the system cleans its temporary folder
        }
    }
}
