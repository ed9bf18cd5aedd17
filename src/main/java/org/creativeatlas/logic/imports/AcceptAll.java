package org.creativeatlas.logic.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.logic.edit.ActorValidator;
import org.creativeatlas.model.LinkType;

/**
 * "Accept all above a confidence": every candidate at or above it is merged into its match when that scores as the
 * same actor ({@link org.creativeatlas.logic.match.Match#SAME}), else created new; so is the body such a person's
 * affiliation names, whatever its own confidence, as a person taken without the body they work at would lose the link
 * the text gives. The rest are rejected, and so is a new actor whose draft would not pass validation (an impossible
 * date read from the text must not sink the file).
 */
public final class AcceptAll {

    private AcceptAll() {
    }

    public static Map<Integer, Decision> decisions(ImportProposal proposal, double minConfidence) {
        return decisions(proposal, taken(proposal, minConfidence));
    }

    /** The decisions for the proposals {@link #taken} gave; the rest are rejected. */
    public static Map<Integer, Decision> decisions(ImportProposal proposal, Set<Integer> taken) {
        Map<Integer, Decision> out = new HashMap<>();
        for (Proposal p : proposal.proposals()) {
            Decision d = !taken.contains(p.index()) ? Decision.reject()
                    : p.sameAs().map(m -> Decision.merge(m.actor().id()))
                    .orElseGet(() -> ActorValidator.checkAll(p.draft()).isEmpty() ? Decision.accept() : Decision.reject());
            out.put(p.index(), d);
        }
        return out;
    }

    /** The proposals "accept all" takes: those at or above the confidence, and the bodies their people work at. */
    public static Set<Integer> taken(ImportProposal proposal, double minConfidence) {
        Set<Integer> taken = new HashSet<>();
        proposal.proposals().stream().filter(p -> p.candidate().confidence() >= minConfidence)
                .forEach(p -> taken.add(p.index()));
        for (ProposedLink link : proposal.links()) {
            if (link.type() == LinkType.AFFILIATION && !link.toExisting() && taken.contains(link.from())) {
                taken.add(link.to());
            }
        }
        return taken;
    }
}
