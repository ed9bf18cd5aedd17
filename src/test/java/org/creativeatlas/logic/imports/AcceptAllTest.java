package org.creativeatlas.logic.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.documents.ReadDocument;
import org.creativeatlas.logic.extract.Candidate;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.LinkType;
import org.junit.jupiter.api.Test;

class AcceptAllTest {

    private final Actor existing = Actor.named(ActorType.ORGANISATION, "Ololo Group").withId(7);

    @Test
    void confidentCandidatesAreMergedIntoTheirSameMatchOrCreatedAndTheRestRejected() {
        ImportProposal proposal = proposal(
                proposal(0, 0.9, Actor.named(ActorType.ORGANISATION, "Ololo Group"), new Match(existing, 0.95, "Ololo Group")),
                proposal(1, 0.9, Actor.named(ActorType.PERSON, "Данияр Аманалиев"), null),
                proposal(2, 0.3, Actor.named(ActorType.PERSON, "Асель Умарова"), null),
                proposal(3, 0.9, Actor.named(ActorType.EVENT, "CreaPark").with(ActorField.START_DATE, "2025-13"), null));
        Map<Integer, Decision> decisions = AcceptAll.decisions(proposal, 0.5);
        assertEquals(Decision.merge(7), decisions.get(0));
        assertEquals(Decision.accept(), decisions.get(1));
        assertEquals(Decision.reject(), decisions.get(2), "below the confidence asked for");
        assertEquals(Decision.reject(), decisions.get(3), "an impossible date is not stored, the file goes on");
    }

    @Test
    void theBodyATakenPersonWorksAtIsTakenWhateverItsOwnConfidence() {
        ImportProposal proposal = new ImportProposal(new ReadDocument("a.txt", "A", "text", "en", null, "h"), null,
                List.of(proposal(0, 0.9, Actor.named(ActorType.PERSON, "Аида Балаева"), null),
                        proposal(1, 0.7, Actor.named(ActorType.ORGANISATION, "Мәдениет және ақпарат министрлігі"), null),
                        proposal(2, 0.7, Actor.named(ActorType.ORGANISATION, "Түрксой"), null)),
                List.of(ProposedLink.toProposal(LinkType.AFFILIATION, 0, 1, "министр")));
        Map<Integer, Decision> decisions = AcceptAll.decisions(proposal, 0.8);
        assertEquals(Decision.accept(), decisions.get(0));
        assertEquals(Decision.accept(), decisions.get(1), "the minister's ministry, so her link is stored");
        assertEquals(Decision.reject(), decisions.get(2), "no one taken works there");
    }

    private static Proposal proposal(int index, double confidence, Actor draft, Match match) {
        Candidate c = new Candidate(draft.type(), draft.name(), List.of(), null, null, null, null, null, List.of(),
                confidence);
        return new Proposal(index, c, match == null ? List.of() : List.of(match), draft, List.of());
    }

    private static ImportProposal proposal(Proposal... proposals) {
        ReadDocument doc = new ReadDocument("a.txt", "A", "text", "en", null, "h");
        return new ImportProposal(doc, null, List.of(proposals), List.of());
    }
}
