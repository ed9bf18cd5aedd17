package org.creativeatlas.logic.imports;

import java.util.List;
import java.util.Optional;
import org.creativeatlas.logic.extract.Candidate;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.Actor;

/**
 * One candidate of a document as the review shows it: {@code index} is its place in
 * {@link ImportProposal#proposals()} (decisions and links refer to it), {@code matches} the catalogue's actors it may
 * be (best first), {@code draft} the new actor it would become (id 0), {@code passages} the sentences that name it,
 * each with where it is in the document's text.
 */
public record Proposal(int index, Candidate candidate, List<Match> matches, Actor draft, List<Passage> passages) {

    public Proposal {
        matches = List.copyOf(matches);
        passages = List.copyOf(passages);
    }

    /** The best match if it scores as the same actor ({@link Match#SAME} or more). */
    public Optional<Match> sameAs() {
        return matches.isEmpty() || !matches.get(0).isSame() ? Optional.empty() : Optional.of(matches.get(0));
    }
}
