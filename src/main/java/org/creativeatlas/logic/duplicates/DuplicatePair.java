package org.creativeatlas.logic.duplicates;

import org.creativeatlas.model.Actor;

/**
 * Two actors of one type that may be the same, lower id first, with the matcher's score (0..1, the same city
 * counted in) and the name of {@code second} that matched best.
 */
public record DuplicatePair(Actor first, Actor second, double score, String matchedName) {

    /** From this score up the two are very likely one actor. */
    public boolean isLikely() {
        return score >= org.creativeatlas.logic.match.Match.SAME;
    }
}
