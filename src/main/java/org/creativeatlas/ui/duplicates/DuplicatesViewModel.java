package org.creativeatlas.ui.duplicates;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Subscription;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.duplicates.DuplicatePair;
import org.creativeatlas.logic.duplicates.Duplicates;
import org.creativeatlas.logic.edit.MergePlan;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.DismissedPairDao.Pair;
import org.creativeatlas.ui.Background;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The candidate pairs of the duplicates window, best first, found in the background. Merges go through the main
 * window's editor, so Undo there undoes them; dismissed pairs are stored, skipped ones only hidden until the window
 * is closed.
 */
public final class DuplicatesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicatesViewModel.class);

    private final CatalogueViewModel catalogue;
    private final Duplicates duplicates;
    private final Executor worker;
    private final Messages messages;
    private final ObservableList<DuplicatePair> pairs = FXCollections.observableArrayList();
    private final Set<Pair> skipped = new HashSet<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public DuplicatesViewModel(CatalogueViewModel catalogue, Executor worker, Messages messages) {
        this.catalogue = catalogue;
        this.duplicates = new Duplicates(catalogue.catalogue());
        this.worker = worker;
        this.messages = messages;
    }

    public CatalogueViewModel catalogue() {
        return catalogue;
    }

    public ObservableList<DuplicatePair> pairs() {
        return pairs;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty status() {
        return status;
    }

    /** Looks for pairs again, off the UI thread. */
    public void find() {
        busy.set(true);
        status.set(messages.get("duplicates.searching"));
        Task<List<DuplicatePair>> task = Background.task(duplicates::find);
        task.setOnSucceeded(e -> {
            pairs.setAll(task.getValue().stream().filter(p -> !skipped.contains(key(p))).toList());
            status.set(messages.get("duplicates.found", pairs.size()));
            busy.set(false);
        });
        task.setOnFailed(e -> {
            LOG.error("Cannot look for duplicates", task.getException());
            status.set(messages.get("duplicates.failed"));
            busy.set(false);
        });
        worker.execute(task);
    }

    /** The two are not the same: the pair is stored as dismissed and not proposed again. */
    public void dismiss(DuplicatePair pair) {
        duplicates.dismiss(pair);
        pairs.remove(pair);
        status.set(messages.get("duplicates.dismissed"));
    }

    /**
     * Follows what colleagues dismiss in a team catalogue while the window is open: their dismissed pairs leave the
     * list (read off the UI thread). Ends with the returned subscription, when the window closes.
     */
    public Subscription followColleagues() {
        return catalogue.onColleaguesChanged(changes -> {
            if (changes.dismissedPairs()) {
                Task<Set<Pair>> task = Background.task(() -> Set.copyOf(catalogue.catalogue().dismissedPairs().all()));
                task.setOnSucceeded(e -> pairs.removeIf(p -> task.getValue().contains(key(p))));
                task.setOnFailed(e -> LOG.error("Cannot read the pairs colleagues dismissed", task.getException()));
                worker.execute(task);
            }
        });
    }

    /** Not now: the pair is hidden until the window is opened again. */
    public void skip(DuplicatePair pair) {
        skipped.add(key(pair));
        pairs.remove(pair);
    }

    /** Merges as planned (one undo step in the main window), then looks again: the other pairs may have changed. */
    public Optional<Problem> merge(MergePlan plan) {
        Optional<Problem> refused = catalogue.attempt(() -> catalogue.editor().merge(plan));
        if (refused.isPresent()) {
            status.set(messages.problem(refused.get()));
        } else {
            catalogue.message().set(messages.get("duplicates.merged"));
            find();
        }
        return refused;
    }

    private static Pair key(DuplicatePair p) {
        return new Pair(p.first().id(), p.second().id());
    }
}
