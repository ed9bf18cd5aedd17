package org.creativeatlas.logic.graph;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.creativeatlas.logic.filter.ActorFilter;

/** The parts of the network the view shows besides the plain filter: neighbours across borders, an ego network. */
public final class Subgraphs {

    public static final int MAX_EGO_DEPTH = 3;

    private Subgraphs() {
    }

    /**
     * The actors the filter keeps, plus every actor linked to one of them whose country is not among the filter's
     * countries (an unknown country counts as elsewhere), with the edges between all of these. The other facets
     * and the text narrow only the actors inside the selected countries: a foreign partner is shown whatever its
     * kind. Without chosen countries there is no border, and this is the plain filter.
     */
    public static ActorGraph acrossBorders(ActorGraph graph, ActorFilter filter) {
        if (filter.countries().isEmpty()) {
            return graph.matching(filter);
        }
        Set<Long> kept = new HashSet<>();
        for (GraphNode node : graph.nodes()) {
            if (filter.test(node.row())) {
                kept.add(node.id());
            }
        }
        Set<Long> foreign = new HashSet<>();
        for (long id : kept) {
            for (long other : graph.neighbours(id)) {
                String country = graph.node(other).orElseThrow().country();
                if (country == null || !filter.countries().contains(country)) {
                    foreign.add(other);
                }
            }
        }
        kept.addAll(foreign);
        return graph.induced(kept::contains);
    }

    /**
     * The actor and every actor within {@code depth} links of it (1 to {@link #MAX_EGO_DEPTH}), with the edges
     * between them. It walks the graph it is given: pass the whole network to see every tie of the actor, or a
     * filtered one to stay inside the filter. Empty if the actor is not in the graph.
     */
    public static ActorGraph ego(ActorGraph graph, long actorId, int depth) {
        if (depth < 1 || depth > MAX_EGO_DEPTH) {
            throw new IllegalArgumentException("depth must be 1 to " + MAX_EGO_DEPTH + ": " + depth);
        }
        int start = graph.indexOf(actorId);
        if (start < 0) {
            return graph.induced(id -> false);
        }
        int[] distance = new int[graph.nodeCount()];
        Arrays.fill(distance, -1);
        distance[start] = 0;
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        Set<Long> kept = new HashSet<>();
        while (!queue.isEmpty()) {
            int v = queue.poll();
            kept.add(graph.idAt(v));
            if (distance[v] == depth) {
                continue;
            }
            for (int w : graph.neighboursAt(v)) {
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue.add(w);
                }
            }
        }
        return graph.induced(kept::contains);
    }
}
