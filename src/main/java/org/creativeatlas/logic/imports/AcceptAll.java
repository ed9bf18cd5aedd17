package org.creativeatlas.logic.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * "Accept all above a confidence": every candidate at or above it is merged into its match when that scores as the
 * same actor ({@link org.creativeatlas.logic.match.Match#SAME}), else created new; the rest are rejected.
 */
public final class AcceptAll {

    private AcceptAll() {
    }

    public static Map<Integer, Decision> decisions(ImportProposal proposal, double minConfidence) {
        Map<Integer, Decision> out = new HashMap<>();
        for (Proposal p : proposal.proposals()) {
            Decision d = p.candidate().confidence() < minConfidence ? Decision.reject()
                    : p.sameAs().map(m -> Decision.merge(m.actor().id())).orElseGet(Decision::accept);
            out.put(p.index(), d);
        }
        return out;
    }
}
