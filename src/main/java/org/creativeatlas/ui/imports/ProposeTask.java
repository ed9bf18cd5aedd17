package org.creativeatlas.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.imports.DocumentImporter;
import org.creativeatlas.logic.imports.ImportFiles;
import org.creativeatlas.logic.imports.ImportProposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the files of an import and proposes what each names, off the UI thread, file by file: a file that cannot be
 * read gets its one-line reason in the status list and the others go on; a cancel stops between files. Writes
 * nothing: storing waits for the review.
 */
final class ProposeTask extends Task<List<ImportProposal>> {

    private static final Logger LOG = LoggerFactory.getLogger(ProposeTask.class);

    private final DocumentImporter importer;
    private final List<Path> paths;
    private final Messages messages;
    private final ObservableList<FileStatus> statuses = FXCollections.observableArrayList();

    ProposeTask(DocumentImporter importer, List<Path> paths, Messages messages) {
        this.importer = importer;
        this.paths = List.copyOf(paths);
        this.messages = messages;
    }

    /** The files handled so far, changed on the UI thread. */
    ObservableList<FileStatus> statuses() {
        return statuses;
    }

    @Override
    protected List<ImportProposal> call() {
        updateMessage(messages.get("import.listing"));
        List<Path> files = ImportFiles.expand(paths);
        List<ImportProposal> proposals = new ArrayList<>();
        for (int i = 0; i < files.size() && !isCancelled(); i++) {
            String name = String.valueOf(files.get(i).getFileName());
            updateMessage(messages.get("import.reading", name, i + 1, files.size()));
            FileStatus status = propose(files.get(i), name, proposals);
            Platform.runLater(() -> statuses.add(status));
            updateProgress(i + 1, files.size());
        }
        updateMessage(messages.get("import.read", proposals.size(), files.size()));
        return proposals;
    }

    private FileStatus propose(Path file, String name, List<ImportProposal> proposals) {
        try {
            ImportProposal proposal = importer.propose(file);
            proposals.add(proposal);
            return new FileStatus(name, true, messages.get(proposal.alreadyImported() ? "import.ok.known" : "import.ok",
                    proposal.proposals().size()));
        } catch (DocumentException e) {
            return new FileStatus(name, false, messages.problem(e.problem()));
        } catch (RuntimeException e) {
            // one file's surprise must not end the batch; the reviewer sees it in the list
            LOG.error("Could not propose the actors of {}", file, e);
            return new FileStatus(name, false, messages.get("error.unexpected"));
        }
    }
}
