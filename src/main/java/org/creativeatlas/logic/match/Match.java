package org.creativeatlas.logic.match;

import org.creativeatlas.model.Actor;

/**
 * An existing actor a new name may denote, with a score from 0 to 1 and the stored name or variant that matched.
 * From {@link #SAME} up the review proposes "same as"; from {@link #MAYBE} it offers the actor as a possibility.
 */
public record Match(Actor actor, double score, String matchedName) {

    public static final double SAME = 0.85;
    public static final double MAYBE = 0.6;

    public boolean isSame() {
        return score >= SAME;
    }
}
