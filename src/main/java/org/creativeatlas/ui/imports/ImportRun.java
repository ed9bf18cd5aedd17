package org.creativeatlas.ui.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.imports.AcceptSummary;
import org.creativeatlas.logic.imports.DocumentImporter;
import org.creativeatlas.logic.imports.ImportProposal;
import org.creativeatlas.ui.AppIcon;
import org.creativeatlas.ui.Dialogs;
import org.creativeatlas.ui.Reasons;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.creativeatlas.ui.viewmodel.ReviewViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import, in its own window: the files are read and their actors proposed in the background, then each
 * document is reviewed in turn and its decisions stored in one transaction. Nothing enters the catalogue before a
 * document's review is finished; cancelling stores nothing more. The window is modal to the main one, so the
 * catalogue cannot be switched under a review.
 */
public final class ImportRun implements ReviewActions {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final CatalogueViewModel catalogue;
    private final FieldFormat format;
    private final Messages messages;
    private final Executor worker;
    private final DocumentImporter importer;
    private final Stage stage = new Stage();
    private final List<AcceptSummary> stored = new ArrayList<>();
    private List<ImportProposal> documents = List.of();
    private int current;
    private ReviewController shown;
    private Task<?> running;

    public ImportRun(Window owner, CatalogueViewModel catalogue, FieldFormat format, Executor worker) {
        this.catalogue = catalogue;
        this.format = format;
        this.messages = format.messages();
        this.worker = worker;
        this.importer = new DocumentImporter(catalogue.catalogue());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.title"));
        AppIcon.setOn(stage);
        stage.setOnCloseRequest(e -> {
            e.consume();
            // reading may stop between files; storing, once begun, is let finish so the views match the file
            if (running instanceof ProposeTask) {
                running.cancel();
            } else if (running == null) {
                cancel();
            }
        });
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        Scene scene = new Scene(new Pane(), Math.min(1500, screen.getWidth() * 0.92),
                Math.min(950, screen.getHeight() * 0.9));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getStylesheets().add(ImportRun.class.getResource("/org/creativeatlas/ui/import.css").toExternalForm());
        stage.setScene(scene);
    }

    /** Reads the files (folders give their supported files) and shows their progress, then the reviews. */
    public void start(List<Path> paths) {
        ProposeTask task = new ProposeTask(importer, paths, messages);
        ImportProgressView progress = new ImportProgressView(task, messages, () -> review(0), this::cancel);
        task.setOnSucceeded(e -> {
            documents = task.getValue();
            progress.done(documents.size());
            boolean allRead = task.statuses().stream().allMatch(FileStatus::ok);
            if (allRead && !documents.isEmpty()) {
                review(0);
            }
        });
        task.setOnCancelled(e -> progress.done(0));
        task.setOnFailed(e -> {
            // a folder that cannot be listed: the task ends before any file
            LOG.warn("Import could not start: {}", String.valueOf(task.getException()));
            progress.done(0);
            new Dialogs(messages, stage).error(messages.get("import.failed"), Reasons.of(task.getException(), messages));
        });
        stage.getScene().setRoot(progress);
        stage.show();
        run(task);
    }

    private void run(Task<?> task) {
        running = task;
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now && running == task) {
                running = null;
            }
        });
        worker.execute(task);
    }

    /** Shows document {@code index}, after asking about one already imported; past the last, ends the run. */
    private void review(int index) {
        current = index;
        if (index >= documents.size()) {
            end(messages.get("import.done", stored.size(), created(), merged()));
            return;
        }
        ImportProposal proposal = documents.get(index);
        if (proposal.alreadyImported() && !new Dialogs(messages, stage).confirm(
                messages.get("import.known.header", proposal.document().fileName()),
                messages.get("import.known.text", proposal.knownSource().title()), messages.get("import.known.again"))) {
            review(index + 1);
            return;
        }
        if (stored.stream().anyMatch(s -> s.created() + s.merged() > 0)) {
            // matches must include what earlier documents of this run added, or they would be proposed twice
            Task<ImportProposal> again = task(() -> importer.propose(proposal.document()));
            again.setOnSucceeded(e -> show(again.getValue()));
            again.setOnFailed(e -> show(proposal));
            run(again);
        } else {
            show(proposal);
        }
    }

    private void show(ImportProposal proposal) {
        ReviewViewModel model = new ReviewViewModel(proposal, catalogue);
        FXMLLoader loader = new FXMLLoader(ImportRun.class.getResource("/org/creativeatlas/ui/review.fxml"),
                messages.bundle(), null, type -> new ReviewController(model, format, this, current + 1, documents.size()));
        try {
            stage.getScene().setRoot(loader.<Parent>load());
        } catch (IOException e) {
            throw new UncheckedIOException("The review window's layout is missing from this build", e);
        }
        shown = loader.getController();
        stage.setTitle(messages.get("review.window", proposal.document().fileName()));
    }

    @Override
    public void finish(ReviewViewModel model) {
        Task<AcceptSummary> accept = task(() -> importer.accept(model.proposal(), model.decisions()));
        accept.setOnSucceeded(e -> {
            AcceptSummary summary = accept.getValue();
            stored.add(summary);
            catalogue.reload(summary.actorIds());
            catalogue.recordDocumentImport(summary);
            review(current + 1);
        });
        accept.setOnFailed(e -> {
            String name = model.proposal().document().fileName();
            Optional<String> why = Reasons.known(accept.getException(), messages);
            if (why.isPresent()) {
                LOG.warn("Storing the review of {}: {}", name, accept.getException().getMessage());
            } else {
                LOG.error("Storing the review of {} failed", name, accept.getException());
            }
            new Dialogs(messages, stage).error(messages.get("review.store_failed"),
                    why.orElse(messages.get("error.unexpected")));
            shown.enable();
        });
        run(accept);
    }

    @Override
    public void skip() {
        review(current + 1);
    }

    @Override
    public void cancel() {
        end(stored.isEmpty() ? messages.get("import.cancelled")
                : messages.get("import.done", stored.size(), created(), merged()));
    }

    private void end(String message) {
        stage.close();
        catalogue.message().set(message);
    }

    private int created() {
        return stored.stream().mapToInt(AcceptSummary::created).sum();
    }

    private int merged() {
        return stored.stream().mapToInt(AcceptSummary::merged).sum();
    }

    private static <T> Task<T> task(Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }
}
