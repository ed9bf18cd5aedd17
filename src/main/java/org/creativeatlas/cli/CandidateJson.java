package org.creativeatlas.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.imports.ImportProposal;
import org.creativeatlas.logic.imports.Proposal;
import org.creativeatlas.logic.match.Match;

/**
 * A document's candidates as the records {@code extract} prints: exactly doc, type, name, country, city, role,
 * affiliation and date (null when unknown), the format extraction is scored in; with matches asked for, also the
 * catalogue's best match.
 */
final class CandidateJson {

    private CandidateJson() {
    }

    static List<Map<String, Object>> records(ImportProposal proposal, boolean withMatches) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Proposal p : proposal.proposals()) {
            Map<String, Object> r = p.candidate().record(proposal.document().fileName());
            if (withMatches) {
                r.put("match", p.matches().isEmpty() ? null : match(p.matches().get(0)));
            }
            out.add(r);
        }
        return out;
    }

    private static Map<String, Object> match(Match m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", m.actor().id());
        r.put("name", m.actor().name());
        r.put("matchedName", m.matchedName());
        r.put("score", Math.round(m.score() * 1000) / 1000.0);
        r.put("same", m.isSame());
        return r;
    }
}
