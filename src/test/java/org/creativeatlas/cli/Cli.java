package org.creativeatlas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Runs the command line in-process and keeps what it printed. */
final class Cli {

    record Result(int exitCode, String out, String err, byte[] outBytes) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AtlasCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    /** The seed catalogue shipped in the jar, copied to a file. */
    static Path seedJson(Path dir) throws IOException {
        Path file = dir.resolve("seed-catalogue.json");
        try (InputStream in = Cli.class.getResourceAsStream("/seeds/catalogue.json")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** A catalogue file holding the seed catalogue, imported through the command line. */
    static Path seededCatalogue(Path dir) throws IOException {
        Path db = dir.resolve("seeded.db");
        Result result = run("import-catalogue", "--db", db.toString(), seedJson(dir).toString());
        if (result.exitCode() != 0) {
            throw new IllegalStateException("import failed: " + result.err());
        }
        return db;
    }
}
