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

    /** A catalogue of one platform and nothing else, imported from a one-row CSV file. */
    static Path oneActorCatalogue(Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("one-actor.csv"), "Name,Country\nCreative Online,KZ\n");
        Path db = dir.resolve("one-actor.db");
        Result result = run("import-csv", csv.toString(), "--type", "platform", "--db", db.toString());
        if (result.exitCode() != 0) {
            throw new IllegalStateException("import failed: " + result.err());
        }
        return db;
    }

    /**
     * A catalogue JSON document of two actors with one name variant, one link between them, one source, one mention
     * and one setting: every count but the actors' is 1 (the sha256 is the text's).
     */
    static Path oneLinkJson(Path dir) throws IOException {
        return Files.writeString(dir.resolve("one-link.json"), """
                {"format": "creative-atlas-catalogue", "version": 1,
                 "actors": [{"id": "a1", "type": "person", "name": "Aida Suleimenova", "country": "KZ",
                             "variants": [{"text": "Аида Сулейменова", "lang": "ru"}]},
                            {"id": "a2", "type": "organisation", "name": "Almaty Creative Hub", "country": "KZ"}],
                 "links": [{"type": "affiliation", "from": "a1", "to": "a2"}],
                 "sources": [{"id": "s1", "title": "Note", "fileName": "note.txt", "text": "A note.",
                  "sha256": "cc929e32b3916727cda14281139dca4464c3b6fc995badedad89ab0e678be59a"}],
                 "mentions": [{"actor": "a1", "source": "s1", "passage": "A note."}],
                 "settings": {"methodology": "Desk research"}}
                """);
    }

    /** The catalogue of {@link #oneLinkJson}, imported through the command line. */
    static Path oneLinkCatalogue(Path dir) throws IOException {
        Path db = dir.resolve("one-link.db");
        Result result = run("import-catalogue", "--db", db.toString(), oneLinkJson(dir).toString());
        if (result.exitCode() != 0) {
            throw new IllegalStateException("import failed: " + result.err());
        }
        return db;
    }
}
