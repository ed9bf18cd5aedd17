package org.creativeatlas.logic.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.logic.documents.DocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports many files without review ({@link AcceptAll}), one transaction per file: a file that cannot be read or
 * stored is reported with its one-line reason and the others go on; a cancel stops between files.
 */
public final class BatchImporter {

    private static final Logger LOG = LoggerFactory.getLogger(BatchImporter.class);
    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);

    private final DocumentImporter importer;

    public BatchImporter(DocumentImporter importer) {
        this.importer = importer;
    }

    /** One result per file handled, in order; fewer than the files when cancelled. */
    public List<FileResult> acceptAll(List<Path> files, double minConfidence, BatchListener listener) {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size() && !listener.isCancelled(); i++) {
            Path file = files.get(i);
            listener.started(i, files.size(), file);
            FileResult result = importOne(file, minConfidence);
            results.add(result);
            listener.finished(i, files.size(), result);
        }
        return results;
    }

    private FileResult importOne(Path file, double minConfidence) {
        try {
            ImportProposal proposal = importer.propose(file);
            return FileResult.ok(file, importer.accept(proposal, AcceptAll.decisions(proposal, minConfidence)));
        } catch (DocumentException e) {
            return FileResult.failed(file, e.getMessage());
        } catch (ValidationException e) {
            return FileResult.failed(file, "not stored: " + MESSAGES.problem(e.problem()));
        } catch (RuntimeException e) {
            // the transaction was rolled back: this file left nothing behind, the batch goes on
            LOG.error("Import of {} failed", file, e);
            return FileResult.failed(file, "could not be stored (" + e.getMessage() + ")");
        }
    }
}
