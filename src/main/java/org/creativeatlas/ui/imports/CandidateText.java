package org.creativeatlas.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.imports.Decision;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.Actor;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.creativeatlas.ui.viewmodel.ReviewViewModel;

/** A candidate in words: its match, its decision, and everything about it in one line for the detail strip. */
final class CandidateText {

    private final Messages messages;
    private final ReviewViewModel review;

    CandidateText(Messages messages, ReviewViewModel review) {
        this.messages = messages;
        this.review = review;
    }

    /** "new", "0.93 same as X" or "0.71 maybe X" for a weaker match worth a look: the score first, never cut off. */
    String match(CandidateRow row) {
        return row.bestMatch().filter(m -> m.score() >= Match.MAYBE)
                .map(m -> messages.get(m.isSame() ? "review.match.same" : "review.match.maybe", m.actor().name(),
                        String.format(Locale.ROOT, "%.2f", m.score())))
                .orElse(messages.get("review.match.new"));
    }

    String decision(CandidateRow row) {
        Decision d = row.decision().get();
        if (d == null) {
            return row.proposal().sameAs().map(m -> messages.get("review.decision.none_same", m.actor().name()))
                    .orElse(messages.get("review.decision.none"));
        }
        return switch (d.action()) {
            case ACCEPT -> messages.get("review.decision.accept");
            case REJECT -> messages.get("review.decision.reject");
            case MERGE -> messages.get("review.decision.merge",
                    review.actor(d.mergeInto()).map(i -> i.actor().name()).orElse("#" + d.mergeInto()));
        };
    }

    /** The full values the table's narrow columns may cut short. */
    String describe(CandidateRow row) {
        Actor a = row.draft().get();
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("type." + a.type().code()));
        for (String value : new String[] {a.country(), a.city(), a.role(), row.candidate().affiliation(),
                row.candidate().date()}) {
            if (value != null && !value.isBlank()) {
                parts.add(value);
            }
        }
        return a.name() + "\n" + String.join("  ·  ", parts) + "\n" + match(row) + "  —  " + decision(row);
    }
}
