package org.creativeatlas.logic.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The yardstick for {@code csv_import_rows_per_s}: the sqlite3 command-line shell importing the same CSV file into
 * a new database with {@code .import}, run as a separate program and timed from start to exit, when a
 * {@code sqlite3} program is on the PATH.
 */
final class SqliteShellImport {

    private final Path program;

    private SqliteShellImport(Path program) {
        this.program = program;
    }

    static Optional<SqliteShellImport> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(dir -> Path.of(dir, "sqlite3"))
                .filter(Files::isExecutable).findFirst().map(SqliteShellImport::new);
    }

    /** Imports {@code csv} (first row the header, {@code separator} between cells) into {@code db}; the rows stored. */
    int importCsv(Path csv, char separator, Path db) {
        List<String> command = List.of(program.toString(), db.toString(), ".mode csv", ".separator " + separator,
                ".import '" + csv.toString().replace("'", "''") + "' sheet", "SELECT count(*) FROM sheet;");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("sqlite3 .import failed: " + out);
            }
            return Integer.parseInt(out.lines().reduce((a, b) -> b).orElse("0").strip());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing sqlite3", e);
        }
    }
}
