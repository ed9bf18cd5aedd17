package org.creativeatlas.ui.viewmodel;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creativeatlas.logic.edit.ActorValidator;
import org.creativeatlas.logic.imports.AcceptAll;
import org.creativeatlas.logic.imports.Decision;
import org.creativeatlas.logic.imports.ImportProposal;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Problem;

/**
 * The review of one document: its candidates with the reviewer's decisions, the selected candidate, the threshold
 * of "accept all" and the commands of the review window. Nothing is stored here; {@link #decisions()} is what the
 * importer is given when the reviewer finishes.
 */
public final class ReviewViewModel {

    /** How far the decisions have got, for the window's footer. */
    public record Tally(int accepted, int merged, int rejected, int undecided) {
    }

    private final ImportProposal proposal;
    private final CatalogueViewModel catalogue;
    private final ObservableList<CandidateRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.decision(), r.draft()});
    private final ObjectProperty<CandidateRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final DoubleProperty minConfidence = new SimpleDoubleProperty(this, "minConfidence", 0.8);
    private final ObjectProperty<Tally> tally = new SimpleObjectProperty<>(this, "tally");

    public ReviewViewModel(ImportProposal proposal, CatalogueViewModel catalogue) {
        this.proposal = proposal;
        this.catalogue = catalogue;
        proposal.proposals().forEach(p -> rows.add(new CandidateRow(p)));
        rows.addListener((Observable obs) -> count());
        count();
    }

    public ImportProposal proposal() {
        return proposal;
    }

    public ObservableList<CandidateRow> rows() {
        return rows;
    }

    public ObjectProperty<CandidateRow> selected() {
        return selected;
    }

    public DoubleProperty minConfidence() {
        return minConfidence;
    }

    public ObjectProperty<Tally> tally() {
        return tally;
    }

    /** Accepts the candidate: merged into the actor the catalogue surely holds as the same, else added as new. */
    public void accept(CandidateRow row) {
        row.decide(row.proposal().sameAs().map(m -> Decision.merge(m.actor().id())).orElseGet(Decision::accept));
    }

    /** Adds the candidate as a new actor even where the catalogue seems to hold it already. */
    public void addAsNew(CandidateRow row) {
        row.decide(Decision.accept());
    }

    public void reject(CandidateRow row) {
        row.decide(Decision.reject());
    }

    /** Merges into the best match; false when the catalogue offered none. */
    public boolean mergeIntoBest(CandidateRow row) {
        return row.bestMatch().map(m -> {
            row.decide(Decision.merge(m.actor().id()));
            return true;
        }).orElse(false);
    }

    public void merge(CandidateRow row, ActorItem into) {
        row.decide(Decision.merge(into.id()));
    }

    /** Accepts the reviewer's edit of the draft, or says what is wrong with it (then nothing changes). */
    public Optional<Problem> acceptEdited(CandidateRow row, Actor edited) {
        Optional<Problem> problem = ActorValidator.checkAll(edited);
        if (problem.isEmpty()) {
            row.edit(edited);
            row.decide(Decision.accept());
        }
        return problem;
    }

    /**
     * Decides every undecided candidate at or above the threshold, and the bodies their people work at, as
     * {@link AcceptAll} would (merged into a sure match, else new); decisions taken by hand stay. Returns how many were
     * decided.
     */
    public int acceptAllAbove() {
        Set<Integer> taken = AcceptAll.taken(proposal, minConfidence.get());
        Map<Integer, Decision> auto = AcceptAll.decisions(proposal, taken);
        int n = 0;
        for (CandidateRow row : rows) {
            if (row.decision().get() == null && taken.contains(row.proposal().index())) {
                row.decide(auto.get(row.proposal().index()));
                n++;
            }
        }
        return n;
    }

    /** The decisions for the importer; undecided candidates are left out, which the importer takes as rejected. */
    public Map<Integer, Decision> decisions() {
        Map<Integer, Decision> out = new HashMap<>();
        rows.stream().filter(r -> r.decision().get() != null)
                .forEach(r -> out.put(r.proposal().index(), r.forImport()));
        return out;
    }

    /** The catalogue's actors of a type by name, to merge into. */
    public List<ActorItem> mergeTargets(ActorType type) {
        return catalogue.table(type).items().stream()
                .sorted(Comparator.comparing((ActorItem i) -> i.actor().name(), catalogue.names())).toList();
    }

    public Optional<ActorItem> actor(long id) {
        return catalogue.item(id);
    }

    /** The draft as another type: the fields that type has are kept, a kind it does not have is dropped. */
    public static Actor retype(Actor draft, ActorType type) {
        Actor out = Actor.named(type, draft.name());
        for (ActorField field : type.fields()) {
            Object value = draft.get(field);
            if (field != ActorField.KIND || type.kinds().contains(value)) {
                out = out.with(field, value);
            }
        }
        return out;
    }

    private void count() {
        int accepted = 0;
        int merged = 0;
        int rejected = 0;
        for (CandidateRow row : rows) {
            Decision d = row.decision().get();
            if (d != null) {
                switch (d.action()) {
                    case ACCEPT -> accepted++;
                    case MERGE -> merged++;
                    case REJECT -> rejected++;
                }
            }
        }
        tally.set(new Tally(accepted, merged, rejected, rows.size() - accepted - merged - rejected));
    }
}
