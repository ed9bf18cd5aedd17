package org.creativeatlas.ui.viewmodel;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.creativeatlas.logic.extract.Candidate;
import org.creativeatlas.logic.imports.Decision;
import org.creativeatlas.logic.imports.Proposal;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.Actor;

/**
 * One candidate of the document under review: the actor it would become (the proposal's draft until the reviewer
 * edits it) and the reviewer's decision, null while undecided.
 */
public final class CandidateRow {

    private final Proposal proposal;
    private final ObjectProperty<Actor> draft;
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(this, "decision");
    private boolean edited;

    CandidateRow(Proposal proposal) {
        this.proposal = proposal;
        this.draft = new SimpleObjectProperty<>(this, "draft", proposal.draft());
    }

    public Proposal proposal() {
        return proposal;
    }

    public Candidate candidate() {
        return proposal.candidate();
    }

    /** The actor an accept creates: the draft, or the reviewer's edit of it. */
    public ReadOnlyObjectProperty<Actor> draft() {
        return draft;
    }

    public ReadOnlyObjectProperty<Decision> decision() {
        return decision;
    }

    /** The catalogue's most likely actor for this candidate, however weak. */
    public Optional<Match> bestMatch() {
        return proposal.matches().stream().findFirst();
    }

    void decide(Decision value) {
        decision.set(value);
    }

    void edit(Actor actor) {
        edited = true;
        draft.set(actor);
    }

    /** The decision for the importer; an unedited accept keeps the proposal's own draft. */
    Decision forImport() {
        Decision d = decision.get();
        return d != null && d.action() == Decision.Action.ACCEPT && edited ? Decision.accept(draft.get()) : d;
    }
}
