package org.creativeatlas.logic.extract;

import java.util.List;
import org.creativeatlas.model.ActorType;

/** A programme performed on a stage («фольклорная программа «…»», «концертная программа») is an event, no platform. */
final class Performed {

    /** Stems of the Russian adjectives that say a programme is performed. */
    private static final List<String> KINDS = List.of("концертн", "фольклорн", "постановочн", "музыкальн",
            "театрализованн", "праздничн", "танцевальн");

    private Performed() {
    }

    /** Whether the head at h is «программа» with an adjective of a stage before it. */
    static boolean programme(Scan scan, int h, Head head) {
        return head.type() == ActorType.PLATFORM && head.nominative().equalsIgnoreCase("программа")
                && h > scan.doc.sentenceAt(h).from() && KINDS.stream().anyMatch(scan.token(h - 1).lower()::startsWith);
    }
}
