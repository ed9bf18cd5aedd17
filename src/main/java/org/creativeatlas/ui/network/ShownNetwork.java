package org.creativeatlas.ui.network;

import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.Subgraphs;

/**
 * Which part of the network the view shows: the filter's actors (with their foreign partners when
 * {@code acrossBorders}), or with {@code egoDepth} 1 to 3 only the neighbourhood of {@code centre} within that. The
 * filter applies in both modes: an actor it hides (a row just added and kept in its table) has no neighbourhood here.
 */
record ShownNetwork(ActorFilter filter, boolean acrossBorders, int egoDepth, long centre) {

    ActorGraph of(ActorGraph whole) {
        ActorGraph filtered = acrossBorders ? Subgraphs.acrossBorders(whole, filter) : whole.matching(filter);
        if (egoDepth < 1) {
            return filtered;
        }
        return Subgraphs.ego(filtered, centre, egoDepth);
    }
}
