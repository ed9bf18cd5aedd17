package org.creativeatlas.logic.graph;

import java.util.Map;

/**
 * Where a layout put each actor (by actor id), after how many iterations, and why it stopped: it settled, it was
 * cancelled (positions are those reached so far), or it ran out of iterations (neither flag).
 */
public record Layout(Map<Long, Point> positions, int iterations, boolean settled, boolean cancelled) {

    public Layout {
        positions = Map.copyOf(positions);
    }
}
