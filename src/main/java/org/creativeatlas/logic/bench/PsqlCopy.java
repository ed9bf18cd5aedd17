package org.creativeatlas.logic.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.creativeatlas.store.ServerAddress;

/** PostgreSQL's own client loading a CSV file with {@code \copy}: the yardstick for our import into a server. */
final class PsqlCopy {

    private final Path program;

    private PsqlCopy(Path program) {
        this.program = program;
    }

    static Optional<PsqlCopy> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(dir -> Path.of(dir, "psql"))
                .filter(Files::isExecutable).findFirst().map(PsqlCopy::new);
    }

    /** Copies {@code csv} (a header row, commas) into {@code columns} of {@code table}; the rows copied. */
    int copy(ServerAddress db, char[] password, Path csv, String table, String columns) {
        String connection = "host=" + db.host() + " port=" + db.port() + " dbname=" + db.database() + " user="
                + db.user() + " sslmode=" + db.sslMode();
        List<String> command = List.of(program.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", connection, "-c",
                "\\copy " + table + " (" + columns + ") FROM '" + csv.toString().replace("'", "''")
                        + "' WITH (FORMAT csv, HEADER true)");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null) {
            builder.environment().put("PGPASSWORD", new String(password));
        }
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("psql \\copy failed: " + out);
            }
            return (int) (Files.lines(csv).count() - 1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing psql", e);
        }
    }
}
