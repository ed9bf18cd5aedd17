package org.creativeatlas.cli;

import static org.creativeatlas.logic.English.count;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.creativeatlas.logic.exchange.CatalogueDocument;
import org.creativeatlas.logic.exchange.CatalogueFormatException;
import org.creativeatlas.logic.exchange.CatalogueImporter;
import org.creativeatlas.logic.exchange.CatalogueJson;
import org.creativeatlas.logic.exchange.ImportSummary;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code import-catalogue}: adds a catalogue JSON document to the catalogue, all of it or nothing. */
@Command(name = "import-catalogue", mixinStandardHelpOptions = true,
        description = {"Adds the actors, name variants, links, sources and mentions of a catalogue JSON document "
                + "(as written by export) to the catalogue, in one transaction: if any entry is invalid nothing "
                + "is imported.",
            "Sources already in the catalogue (same SHA-256) are reused, not duplicated."})
final class ImportCatalogueCommand extends Subcommand {

    @Parameters(paramLabel = "FILE.json", description = "The catalogue JSON document to import.")
    private Path file;

    @Override
    public Integer call() {
        // the document is read and checked before the catalogue is opened, so bad input never touches it
        CatalogueDocument doc = read();
        ImportSummary summary;
        String target;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            summary = new CatalogueImporter().importDocument(catalogue, doc);
            target = catalogue.location();
        }
        atlas.out().printf("Imported %s, %s, %s (%d already there) and %s into %s%n",
                count(summary.actors(), "actor"), count(summary.links(), "link"),
                count(summary.sources(), "source"), summary.sourcesKnown(),
                count(summary.mentions(), "mention"), target);
        return 0;
    }

    private CatalogueDocument read() {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), (Files.exists(file) ? "Not a file: " : "No such file: ")
                    + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return CatalogueJson.read(in);
        } catch (CatalogueFormatException e) {
            throw new CatalogueFormatException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw UserError.cannotRead(file, e);
        }
    }
}
