package org.creativeatlas.cli;

import static org.creativeatlas.logic.English.count;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.imports.BatchImporter;
import org.creativeatlas.logic.imports.BatchListener;
import org.creativeatlas.logic.imports.DocumentImporter;
import org.creativeatlas.logic.imports.FileResult;
import org.creativeatlas.logic.imports.ImportFiles;
import org.creativeatlas.logic.imports.ImportProposal;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code import}: documents into the catalogue. Entries reach the catalogue reviewed in the app, or by the explicit
 * batch choice {@code --accept-all}; without it the command only says what would be proposed.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports documents (.txt, .md, .html, .pdf, .docx; folders for the files in them): each "
                + "becomes a source, and the actors it names become catalogue entries with their passages, name "
                + "variants and links.",
            "With --accept-all every candidate at or above --min-confidence is stored, with the bodies its people "
                + "work at: merged into an existing actor that matches as the same, else added new. Each file is one transaction: a file that cannot be "
                + "read or stored leaves the catalogue as it was and the others go on; the exit code is then 1. A line is "
                + "printed as each file is stored. A full disk, or a catalogue that another program keeps busy for "
                + "over 30 s, stops the import at that file.",
            "Without --accept-all nothing is stored: the command prints what would be proposed. Review documents "
                + "in the app (File > Import documents...) to choose candidate by candidate."})
final class ImportCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents or folders of documents.")
    private List<Path> files;

    @Option(names = "--accept-all", description = "Store the candidates without review.")
    private boolean acceptAll;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "With --accept-all, only candidates of at least this confidence, 0 to 1 "
                    + "(default: ${DEFAULT-VALUE}).")
    private double minConfidence;

    @Override
    public Integer call() {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new ParameterException(spec.commandLine(), "--min-confidence must be between 0 and 1, not "
                    + minConfidence);
        }
        List<Path> paths = ImportFiles.expand(files);
        try (Catalogue catalogue = atlas.openCatalogue()) {
            DocumentImporter importer = new DocumentImporter(catalogue);
            return acceptAll ? importAll(importer, paths) : preview(importer, paths);
        }
    }

    /** Prints a line per file as soon as it is stored or refused, so a long batch shows how far it is. */
    private int importAll(DocumentImporter importer, List<Path> paths) {
        PrintWriter err = spec.commandLine().getErr();
        List<FileResult> results = new BatchImporter(importer).acceptAll(paths, minConfidence, new BatchListener() {
            @Override
            public void finished(int index, int total, FileResult result) {
                if (result.isOk()) {
                    atlas.out().println(result.line());
                } else {
                    err.println(result.line());
                }
            }
        });
        long imported = results.stream().filter(FileResult::isOk).count();
        atlas.out().printf("%d of %s imported into %s%n", imported, count(paths.size(), "file"),
                importer.catalogue().location());
        return imported < paths.size() ? AtlasCommand.USER_ERROR : 0;
    }

    private int preview(DocumentImporter importer, List<Path> paths) {
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : paths) {
            try {
                ImportProposal p = importer.propose(file);
                long same = p.proposals().stream().filter(q -> q.sameAs().isPresent()).count();
                atlas.out().printf("%s: %s (%d same as an existing actor), %s%s%n", p.document().fileName(),
                        count(p.proposals().size(), "candidate"), same, count(p.links().size(), "link"),
                        p.alreadyImported() ? "; already imported" : "");
            } catch (DocumentException e) {
                err.println(e.getMessage());
                failed = true;
            } catch (RuntimeException e) {
                skipped(file, e);
                failed = true;
            }
        }
        atlas.out().println("Nothing was stored. Review the documents in the app (File > Import documents...), "
                + "or run again with --accept-all to store every candidate.");
        return failed ? AtlasCommand.USER_ERROR : 0;
    }
}
