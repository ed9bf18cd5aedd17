package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "the Days of Cinema of the Kyrgyz Republic in the Russian Federation": what a nation's days or week are of, inside
 * the event's name, is its subject, not a body ("Cinema of the Kyrgyz Republic …" names none).
 */
final class DaysSubjects {

    /** The words for a run of days that open such an event's name. */
    private static final Set<String> SPANS = Set.of("days", "day", "week", "decade", "month", "year");

    private DaysSubjects() {
    }

    /** The mentions less the bodies that begin right after an event's opening "Days of". */
    static List<Mention> drop(Scan scan, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!subject(scan, m, mentions)) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean subject(Scan scan, Mention body, List<Mention> mentions) {
        if (body.type != ActorType.ORGANISATION || body.from < 2 || !scan.token(body.from - 1).is("of")
                || !SPANS.contains(scan.token(body.from - 2).lower())) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.type == ActorType.EVENT && m.from == body.from - 2 && m.to >= body.to) {
                return true;
            }
        }
        return false;
    }
}
