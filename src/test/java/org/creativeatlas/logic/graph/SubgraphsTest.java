package org.creativeatlas.logic.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.LinkType;
import org.junit.jupiter.api.Test;

class SubgraphsTest {

    /** 1 KZ – 2 KZ – 3 KG – 4 RU, and 5 (KZ person "Айгүл") affiliated to 1; 6 a KZ event nobody attends. */
    private static ActorGraph network() {
        return Graphs.of(4).country(3, "KG").country(4, "RU")
                .actor(5, ActorType.PERSON, "Айгүл Сейітқызы", "KZ")
                .actor(6, ActorType.EVENT, "Форум", "KZ")
                .path(1, 2, 3, 4).link(LinkType.AFFILIATION, 5, 1, "Director").graph();
    }

    private static List<Long> ids(ActorGraph graph) {
        return graph.nodes().stream().map(GraphNode::id).toList();
    }

    @Test
    void countryFilterKeepsItsActorsAndTheEdgesBetweenThem() {
        ActorGraph kz = network().matching(ActorFilter.NONE.withCountries(Set.of("KZ")));

        assertEquals(List.of(1L, 2L, 5L, 6L), ids(kz));
        assertEquals(2, kz.edgeCount());
    }

    @Test
    void textFilterFoldsKazakhCase() {
        ActorGraph found = network().matching(ActorFilter.NONE.withText("АЙГҮЛ"));

        assertEquals(List.of(5L), ids(found));
    }

    @Test
    void acrossBordersAddsForeignNeighboursOnly() {
        ActorGraph graph = network();
        ActorFilter people = new ActorFilter(Set.of("KZ"), Set.of(), Set.of(), Set.of(), "");

        ActorGraph across = Subgraphs.acrossBorders(graph, people);

        assertEquals(List.of(1L, 2L, 3L, 5L, 6L), ids(across), "KG partner of 2 joins, RU partner of 3 does not");
        assertEquals(3, across.edgeCount());
        assertEquals(ids(graph.matching(ActorFilter.NONE)), ids(Subgraphs.acrossBorders(graph, ActorFilter.NONE)));
    }

    @Test
    void egoNetworkToEachDepth() {
        ActorGraph graph = network();

        assertEquals(List.of(1L, 2L, 5L), ids(Subgraphs.ego(graph, 1, 1)));
        assertEquals(List.of(1L, 2L, 3L, 5L), ids(Subgraphs.ego(graph, 1, 2)));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(Subgraphs.ego(graph, 1, 3)));
        assertEquals(List.of(6L), ids(Subgraphs.ego(graph, 6, 2)));
        assertTrue(Subgraphs.ego(graph, 404, 1).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Subgraphs.ego(graph, 1, 4));
    }

    @Test
    void egoWithinAFilterWalksOnlyTheFilteredGraph() {
        ActorGraph kz = network().matching(ActorFilter.NONE.withCountries(Set.of("KZ")));

        assertEquals(List.of(1L, 2L, 5L), ids(Subgraphs.ego(kz, 5, 3)));
    }
}
