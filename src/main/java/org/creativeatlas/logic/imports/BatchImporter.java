package org.creativeatlas.logic.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.store.StoreException;
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

    /**
     * One result per file handled, in order; fewer than the files when cancelled, or when a full disk or a catalogue
     * that stayed busy stopped the batch (every file after would fail the same way: the last result says so).
     */
    public List<FileResult> acceptAll(List<Path> files, double minConfidence, BatchListener listener) {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size() && !listener.isCancelled(); i++) {
            Path file = files.get(i);
            listener.started(i, files.size(), file);
            FileResult result = importOne(file, minConfidence, files.size() - i - 1);
            results.add(result);
            listener.finished(i, files.size(), result);
            if (result.stopsBatch()) {
                break;
            }
        }
        return results;
    }

    private FileResult importOne(Path file, double minConfidence, int after) {
        try {
            ImportProposal proposal = importer.propose(file);
            return FileResult.ok(file, importer.accept(proposal, AcceptAll.decisions(proposal, minConfidence)));
        } catch (DocumentException e) {
            return FileResult.failed(file, e.getMessage());
        } catch (ValidationException e) {
            return FileResult.failed(file, "not stored: " + MESSAGES.problem(e.problem()));
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.OTHER) {
                LOG.error("Import of {} failed", file, e);
                return FileResult.failed(file, "could not be stored (" + e.getMessage() + ")");
            }
            // the file's own words say what to do; no trace, nothing unexpected happened
            LOG.debug("Import of {} stopped", file, e);
            return FileResult.stopped(file, e.getMessage() + (after == 0 ? ""
                    : after == 1 ? " The file after it was not read." : " The " + after + " files after it were not read."));
        } catch (RuntimeException e) {
            // the transaction was rolled back: this file left nothing behind, the batch goes on
            LOG.error("Import of {} failed", file, e);
            return FileResult.failed(file, "could not be stored (" + e.getMessage() + ")");
        }
    }
}
