package org.creativeatlas.logic.bench;

import java.util.Map;
import java.util.function.Consumer;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.Betweenness;
import org.creativeatlas.logic.graph.ForceLayout;
import org.creativeatlas.logic.graph.Layout;
import org.creativeatlas.logic.graph.LayoutListener;

/**
 * Times the network view's work on a synthetic network ({@link SyntheticGraph}, 5 000 actors and 20 000 edges at
 * scale 1): the force layout from scratch until it settles, and betweenness of every actor, exact and as the
 * view computes it (sampled above {@link Betweenness#EXACT_LIMIT} actors).
 */
public final class GraphBenchmark {

    private static final long SEED = 2024;
    private static final int WARMUPS = 1;
    private static final int RUNS = 3;

    private final ActorGraph graph;

    public GraphBenchmark(double scale) {
        int actors = Math.max(10, (int) Math.round(SyntheticGraph.ACTORS * Scale.positive(scale)));
        graph = SyntheticGraph.build(actors, actors * SyntheticGraph.EDGES / SyntheticGraph.ACTORS, SEED);
    }

    public void run(Consumer<Measure> report) {
        Layout layout = layout();
        report.accept(new Measure("graph_layout_ms", Timing.medianMillis(WARMUPS, RUNS, () -> layout().iterations()),
                "ms"));
        // an unsettled layout would make the time meaningless: say so in the unit scripts read
        report.accept(new Measure("graph_layout_iterations", layout.iterations(),
                layout.settled() ? "iterations" : "iterations_unsettled"));
        report.accept(new Measure("betweenness_ms", Timing.medianMillis(WARMUPS, RUNS,
                () -> Betweenness.exact(graph, () -> false).sources()), "ms"));
        report.accept(new Measure("betweenness_sampled_ms", Timing.medianMillis(WARMUPS, RUNS,
                () -> Betweenness.of(graph, () -> false).sources()), "ms"));
        report.accept(new Measure("graph_actors", graph.nodeCount(), "actors"));
        report.accept(new Measure("graph_edges", graph.edgeCount(), "edges"));
    }

    private Layout layout() {
        return new ForceLayout().run(graph, Map.of(), Map.of(), LayoutListener.NONE);
    }
}
