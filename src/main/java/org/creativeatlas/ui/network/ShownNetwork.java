package org.creativeatlas.ui.network;

import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.Subgraphs;

/**
 * Which part of the network the view shows: the filter's actors (with their foreign partners when
 * {@code acrossBorders}), or with {@code egoDepth} 1 to 3 only the neighbourhood of {@code centre} within that.
 */
record ShownNetwork(ActorFilter filter, boolean acrossBorders, int egoDepth, long centre) {

    ActorGraph of(ActorGraph whole) {
        ActorGraph filtered = acrossBorders ? Subgraphs.acrossBorders(whole, filter) : whole.matching(filter);
        if (egoDepth < 1) {
            return filtered;
        }
        // an actor outside the filter (a row just added) still gets its neighbourhood, from the whole network
        return Subgraphs.ego(filtered.contains(centre) ? filtered : whole, centre, egoDepth);
    }
}
