package org.creativeatlas.logic.imports;

import java.util.HashMap;
import java.util.Map;
import org.creativeatlas.logic.edit.ActorValidator;

/**
 * "Accept all above a confidence": every candidate at or above it is merged into its match when that scores as the
 * same actor ({@link org.creativeatlas.logic.match.Match#SAME}), else created new; the rest are rejected, and so is a
 * new actor whose draft would not pass validation (an impossible date read from the text must not sink the file).
 */
public final class AcceptAll {

    private AcceptAll() {
    }

    public static Map<Integer, Decision> decisions(ImportProposal proposal, double minConfidence) {
        Map<Integer, Decision> out = new HashMap<>();
        for (Proposal p : proposal.proposals()) {
            Decision d = p.candidate().confidence() < minConfidence ? Decision.reject()
                    : p.sameAs().map(m -> Decision.merge(m.actor().id()))
                    .orElseGet(() -> ActorValidator.checkAll(p.draft()).isEmpty() ? Decision.accept() : Decision.reject());
            out.put(p.index(), d);
        }
        return out;
    }
}
