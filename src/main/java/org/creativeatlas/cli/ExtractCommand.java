package org.creativeatlas.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.imports.DocumentImporter;
import org.creativeatlas.logic.imports.ImportFiles;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: the actors documents name, as a JSON array on stdout; writes nothing to the catalogue. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads documents (.txt, .md, .html, .pdf, .docx; folders for the files in them) and prints "
                + "the actors they name as one UTF-8 JSON array of {doc, type, name, country, city, role, "
                + "affiliation, date}, unknown values null. Nothing is stored.",
            "A file that cannot be read gets one line on stderr and the others are still extracted; the exit code "
                + "is then 1."})
final class ExtractCommand extends Subcommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents or folders of documents.")
    private List<Path> files;

    @Option(names = "--matches", description = "Add each candidate's best match in the catalogue (--db).")
    private boolean matches;

    @Override
    public Integer call() {
        List<Map<String, Object>> records = new ArrayList<>();
        boolean failed = false;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            DocumentImporter importer = new DocumentImporter(catalogue);
            for (Path file : ImportFiles.expand(files)) {
                try {
                    records.addAll(CandidateJson.records(importer.propose(file), matches));
                } catch (DocumentException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    failed = true;
                } catch (RuntimeException e) {
                    skipped(file, e);
                    failed = true;
                }
            }
        }
        try {
            atlas.out().writeBytes(JSON.writeValueAsBytes(records));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        atlas.out().println();
        atlas.out().flush();
        return failed ? AtlasCommand.USER_ERROR : 0;
    }
}
