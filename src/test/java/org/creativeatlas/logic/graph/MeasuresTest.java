package org.creativeatlas.logic.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.creativeatlas.logic.bench.SyntheticGraph;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    private static final double EPS = 1e-9;

    @Test
    void pathOfFive() {
        ActorGraph graph = Graphs.of(5).path(1, 2, 3, 4, 5).graph();
        Betweenness b = Betweenness.exact(graph, () -> false);

        double[] raw = {0, 3, 4, 3, 0};
        for (int i = 0; i < 5; i++) {
            assertEquals(raw[i], b.raw(i + 1), EPS, "actor " + (i + 1));
            assertEquals(raw[i] / 6, b.normalised(i + 1), EPS);
        }
        assertEquals(1, graph.degree(1));
        assertEquals(2, graph.degree(3));
    }

    @Test
    void starCentreLiesOnEveryPath() {
        ActorGraph graph = Graphs.of(5).link(1, 2).link(3, 1).link(1, 4).link(5, 1).graph();
        Betweenness b = Betweenness.exact(graph, () -> false);

        assertEquals(6, b.raw(1), EPS);
        assertEquals(1, b.normalised(1), EPS);
        assertEquals(0, b.raw(2), EPS);
        assertEquals(4, graph.degree(1));
    }

    @Test
    void twoTrianglesJoinedByABridge() {
        ActorGraph graph = Graphs.of(6).path(1, 2, 3, 1).path(4, 5, 6, 4).link(3, 4).graph();
        Betweenness b = Betweenness.exact(graph, () -> false);

        assertEquals(6, b.raw(3), EPS);
        assertEquals(6, b.raw(4), EPS);
        assertEquals(0.6, b.normalised(3), EPS);
        for (long id : new long[] {1, 2, 5, 6}) {
            assertEquals(0, b.raw(id), EPS);
        }
    }

    @Test
    void equalShortestPathsShareTheCredit() {
        // a square 1-2-3-4-1: from 1 to 3 via 2 or via 4
        ActorGraph graph = Graphs.of(4).path(1, 2, 3, 4, 1).graph();
        Betweenness b = Betweenness.exact(graph, () -> false);

        for (long id = 1; id <= 4; id++) {
            assertEquals(0.5, b.raw(id), EPS);
        }
    }

    @Test
    void aSampleOfEveryActorIsExactAndASmallerOneEstimatesTheBrokers() {
        ActorGraph graph = SyntheticGraph.build(400, 1_200, 3);
        Betweenness exact = Betweenness.exact(graph, () -> false);

        Betweenness all = Betweenness.sampled(graph, 400, 9, () -> false);
        assertTrue(all.isExact());
        Betweenness sample = Betweenness.sampled(graph, 200, 9, () -> false);
        assertFalse(sample.isExact());
        long top = graph.nodes().stream().mapToLong(GraphNode::id).boxed()
                .max((a, c) -> Double.compare(exact.raw(a), exact.raw(c))).orElseThrow();
        assertEquals(exact.raw(top), all.raw(top), 1e-6);
        assertEquals(exact.raw(top), sample.raw(top), exact.raw(top) * 0.25);
    }

    @Test
    void cancellingStopsBetweenness() {
        ActorGraph graph = SyntheticGraph.build(400, 1_200, 3);
        assertThrows(CancellationException.class, () -> Betweenness.exact(graph, () -> true));
    }

    @Test
    void crossBorderLinksPerPairOfCountries() {
        ActorGraph graph = Graphs.of(6).country(2, "KG").country(3, "KG").country(4, "UZ").country(5, null)
                .link(1, 2).link(3, 1).link(1, 4).link(2, 3).link(5, 1).link(4, 2).link(1, 6)
                .link(1, 2).graph();

        assertEquals(List.of(new CountryPair("KG", "KZ", 2), new CountryPair("KG", "UZ", 1),
                new CountryPair("KZ", "UZ", 1)), CrossBorderLinks.count(graph));
    }

    @Test
    void measuresTableHasARowPerActor() {
        ActorGraph graph = Graphs.of(3).path(1, 2, 3).country(3, "KG").graph();
        Measures measures = Measures.of(graph, () -> false);

        assertTrue(measures.exactBetweenness());
        assertEquals(3, measures.actors().size());
        ActorMeasures middle = measures.actors().get(1);
        assertEquals(2, middle.actorId());
        assertEquals(2, middle.degree());
        assertEquals(1, middle.betweenness(), EPS);
        assertEquals(1, middle.normalisedBetweenness(), EPS);
        assertEquals(List.of(new CountryPair("KG", "KZ", 1)), measures.crossBorder());
    }
}
