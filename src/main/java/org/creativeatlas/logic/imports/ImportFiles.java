package org.creativeatlas.logic.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.creativeatlas.logic.documents.DocumentFormat;

/** The files an import is given: folders expand to the supported files inside them, files are taken as named. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /**
     * Named files as they are (an unsupported one is then refused with its reason), folders walked for the files of
     * a supported type, sorted by path.
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                out.addAll(supportedIn(path));
            } else {
                out.add(path);
            }
        }
        return out;
    }

    private static List<Path> supportedIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> DocumentFormat.of(f.getFileName().toString()).isPresent())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
