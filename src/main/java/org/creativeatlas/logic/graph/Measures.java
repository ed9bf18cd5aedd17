package org.creativeatlas.logic.graph;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The measures the side table and the report show for a network: per actor, and links across each border.
 * {@code exactBetweenness} is false when the network was too large and betweenness was estimated from a sample.
 */
public record Measures(List<ActorMeasures> actors, List<CountryPair> crossBorder, boolean exactBetweenness) {

    public Measures {
        actors = List.copyOf(actors);
        crossBorder = List.copyOf(crossBorder);
    }

    /** Computes everything; throws CancellationException once {@code cancelled} says so. */
    public static Measures of(ActorGraph graph, BooleanSupplier cancelled) {
        Betweenness betweenness = Betweenness.of(graph, cancelled);
        List<ActorMeasures> rows = graph.nodes().stream()
                .map(n -> new ActorMeasures(n.id(), n.name(), n.type(), n.country(), graph.degree(n.id()),
                        graph.linkCount(n.id()), betweenness.raw(n.id()), betweenness.normalised(n.id())))
                .toList();
        return new Measures(rows, CrossBorderLinks.count(graph), betweenness.isExact());
    }
}
