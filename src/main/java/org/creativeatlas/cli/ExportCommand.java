package org.creativeatlas.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.creativeatlas.logic.exchange.CatalogueDocument;
import org.creativeatlas.logic.exchange.CatalogueExporter;
import org.creativeatlas.logic.exchange.CatalogueJson;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export}: the whole catalogue as one catalogue JSON document. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the whole catalogue (actors, name variants, links, sources with their text, mentions) "
                + "as one UTF-8 catalogue JSON document, the format import-catalogue reads.",
            "Exporting, importing into a new file and exporting again gives the same document."})
final class ExportCommand implements Callable<Integer> {

    /** The formats export can write; only the catalogue JSON for now. */
    enum Format { json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "File to write (replaced if it exists; a partial file is never left behind). "
                    + "Default: standard output.")
    private Path out;

    @ParentCommand
    private AtlasCommand atlas;

    @Override
    public Integer call() throws IOException {
        CatalogueDocument doc;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            doc = CatalogueExporter.export(catalogue);
        }
        if (out == null) {
            write(doc, atlas.out());
        } else {
            writeReplacing(out.toAbsolutePath(), doc);
        }
        return 0;
    }

    /** The document and a final newline, the same bytes to a file and to standard output. */
    private static void write(CatalogueDocument doc, OutputStream stream) throws IOException {
        CatalogueJson.write(doc, new KeepOpen(stream));
        stream.write('\n');
        stream.flush();
    }

    /** Writes beside the target under a temporary name and moves it into place only once complete. */
    private static void writeReplacing(Path target, CatalogueDocument doc) {
        if (Files.isDirectory(target)) {
            throw new UserError("Cannot write " + target + ": it is a folder; name a file to write.", null);
        }
        Path partial = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                write(doc, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw UserError.cannotWrite(target, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed with a better message
        }
    }

    /** Jackson closes the stream it writes to; standard output must stay open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
