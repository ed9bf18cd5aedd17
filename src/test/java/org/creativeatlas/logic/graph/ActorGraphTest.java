package org.creativeatlas.logic.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.junit.jupiter.api.Test;

class ActorGraphTest {

    @Test
    void linksToMissingActorsAndSelfLinksAreDroppedAndCounted() {
        ActorGraph graph = Graphs.of(3).path(1, 2).link(2, 99).link(77, 1).link(3, 3).graph();

        assertEquals(3, graph.nodeCount());
        assertEquals(1, graph.edgeCount());
        assertEquals(new InputReport(2, 1, 0), graph.report());
        assertEquals(0, graph.degree(3));
    }

    @Test
    void identicalLinksBecomeOneEdgeThatKeepsEveryLinkId() {
        ActorGraph graph = Graphs.of(2).link(LinkType.RELATION, 1, 2, "partner_of")
                .link(LinkType.RELATION, 1, 2, "partner_of").link(LinkType.RELATION, 1, 2, "member_of").graph();

        assertEquals(2, graph.edgeCount(), "a different role is a different edge");
        GraphEdge merged = graph.edges().get(0);
        assertEquals(List.of(1L, 2L), merged.linkIds());
        assertEquals(2, merged.copies());
        assertEquals(1, graph.report().mergedDuplicates());
        assertEquals(1, graph.degree(1), "parallel edges are one neighbour");
        assertEquals(2, graph.linkCount(1));
    }

    @Test
    void platformOperatorIsAnEdgeFromTheOrganisation() {
        ActorGraph graph = Graphs.of(2).operator(2, 1).graph();

        GraphEdge edge = graph.edges().get(0);
        assertEquals(EdgeType.OPERATOR, edge.type());
        assertEquals(1, edge.from());
        assertEquals(2, edge.to());
        assertTrue(edge.linkIds().isEmpty());
    }

    @Test
    void anOperatorThatIsNotThereCountsAsDangling() {
        ActorGraph graph = Graphs.of(1).operator(1, 42).graph();

        assertEquals(0, graph.edgeCount());
        assertEquals(1, graph.report().danglingLinks());
    }

    @Test
    void emptyCatalogueGivesAnEmptyGraph() {
        ActorGraph graph = ActorGraph.of(List.of(), List.of(Link.of(LinkType.RELATION, 1, 2, null)));

        assertTrue(graph.isEmpty());
        assertEquals(1, graph.report().danglingLinks());
        assertTrue(graph.edgesOf(1).isEmpty());
        assertFalse(graph.node(1).isPresent());
    }

    @Test
    void anActorWithFiveThousandLinksIsAnOrdinaryHub() {
        Graphs g = Graphs.of(1);
        for (long id = 2; id <= 5_001; id++) {
            g.actor(id, ActorType.PERSON, "Person " + id, "KG").link(LinkType.AFFILIATION, id, 1, "Researcher");
        }
        ActorGraph graph = g.graph();

        assertEquals(5_000, graph.degree(1));
        assertEquals(5_000, graph.edgesOf(1).size());
        Betweenness b = Betweenness.exact(graph, () -> false);
        assertEquals(1.0, b.normalised(1), 1e-9);
        Layout layout = new ForceLayout().run(graph, java.util.Map.of(), java.util.Map.of(), LayoutListener.NONE);
        assertEquals(5_001, layout.positions().size());
        assertTrue(layout.positions().values().stream().allMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y())));
    }
}
