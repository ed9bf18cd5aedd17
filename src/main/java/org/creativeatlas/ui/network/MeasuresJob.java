package org.creativeatlas.ui.network;

import javafx.concurrent.Task;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.Measures;

/** Degree, betweenness and cross-border counts of the shown network, off the FX thread. */
final class MeasuresJob extends Task<Measures> {

    private final ActorGraph graph;

    MeasuresJob(ActorGraph graph) {
        this.graph = graph;
    }

    @Override
    protected Measures call() {
        return Measures.of(graph, this::isCancelled);
    }
}
