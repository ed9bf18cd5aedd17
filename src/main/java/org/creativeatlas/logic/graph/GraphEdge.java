package org.creativeatlas.logic.graph;

import java.util.List;
import java.util.Objects;

/**
 * One edge of the network, directed as the catalogue states it (person → organisation, participant → event,
 * organisation → organisation, operator → platform). Identical links (same type, ends, role and dates) are one
 * edge; {@code linkIds} lists every catalogue link it stands for, so removing the edge can remove them all.
 * Operator edges come from the platform record and have no link ids.
 */
public record GraphEdge(EdgeType type, long from, long to, String role, String start, String end,
                        List<Long> linkIds) {

    public GraphEdge {
        Objects.requireNonNull(type, "type");
        linkIds = List.copyOf(linkIds);
    }

    /** How many catalogue records this edge stands for (at least one). */
    public int copies() {
        return Math.max(1, linkIds.size());
    }

    /** The actor at the other end, seen from {@code actorId}. */
    public long otherEnd(long actorId) {
        return from == actorId ? to : from;
    }
}
