package org.creativeatlas.logic.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Link;

/** Turns links and operators into edges, dropping those to missing actors and self-links, merging identical ones. */
final class EdgeCollector {

    private record Key(EdgeType type, long from, long to, String role, String start, String end) {
        static Key of(GraphEdge e) {
            return new Key(e.type(), e.from(), e.to(), e.role(), e.start(), e.end());
        }
    }

    private final LongPredicate present;
    private final List<GraphEdge> edges = new ArrayList<>();
    private final List<List<Long>> linkIds = new ArrayList<>();
    private final Map<Key, Integer> positions = new HashMap<>();
    private int dangling;
    private int self;
    private int merged;

    EdgeCollector(LongPredicate present) {
        this.present = present;
    }

    void add(Link link) {
        offer(new GraphEdge(EdgeType.of(link.type()), link.fromId(), link.toId(), link.role(), link.start(),
                link.end(), List.of(link.id())));
    }

    void addOperator(Actor platform) {
        if (platform.operatorId() != null) {
            offer(new GraphEdge(EdgeType.OPERATOR, platform.operatorId(), platform.id(), null, null, null, List.of()));
        }
    }

    private void offer(GraphEdge edge) {
        if (!present.test(edge.from()) || !present.test(edge.to())) {
            dangling++;
        } else if (edge.from() == edge.to()) {
            self++;
        } else {
            Integer at = positions.putIfAbsent(Key.of(edge), edges.size());
            if (at == null) {
                edges.add(edge);
                linkIds.add(new ArrayList<>(edge.linkIds()));
            } else {
                merged++;
                linkIds.get(at).addAll(edge.linkIds());
            }
        }
    }

    List<GraphEdge> edges() {
        List<GraphEdge> out = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            GraphEdge e = edges.get(i);
            out.add(new GraphEdge(e.type(), e.from(), e.to(), e.role(), e.start(), e.end(), linkIds.get(i)));
        }
        return out;
    }

    InputReport report() {
        return new InputReport(dangling, self, merged);
    }
}
