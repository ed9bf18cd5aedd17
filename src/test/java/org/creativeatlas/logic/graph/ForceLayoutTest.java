package org.creativeatlas.logic.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.creativeatlas.logic.bench.SyntheticGraph;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    private static final ActorGraph NETWORK = SyntheticGraph.build(300, 900, 5);

    @Test
    void sameSeedSamePositionsOtherSeedOtherPositions() {
        Layout first = new ForceLayout().run(NETWORK, Map.of(), Map.of(), LayoutListener.NONE);
        Layout again = new ForceLayout().run(NETWORK, Map.of(), Map.of(), LayoutListener.NONE);
        Layout other = new ForceLayout(LayoutSettings.DEFAULT.withSeed(7)).run(NETWORK, Map.of(), Map.of(),
                LayoutListener.NONE);

        assertTrue(first.settled());
        assertEquals(first.positions(), again.positions());
        assertNotEquals(first.positions(), other.positions());
        assertEquals(NETWORK.nodeCount(), first.positions().size());
    }

    @Test
    void linkedActorsEndUpCloserThanUnlinkedOnes() {
        ActorGraph graph = Graphs.of(6).path(1, 2, 3, 1).path(4, 5, 6, 4).link(3, 4).graph();
        Map<Long, Point> at = new ForceLayout().run(graph, Map.of(), Map.of(), LayoutListener.NONE).positions();

        assertTrue(distance(at, 1, 2) < distance(at, 1, 6));
        assertTrue(distance(at, 5, 6) < distance(at, 2, 5));
    }

    @Test
    void pinnedNodesStayExactlyWhereTheyArePinned() {
        Map<Long, Point> pins = Map.of(1L, new Point(50, -20), 2L, new Point(-3.5, 8));
        Layout layout = new ForceLayout().run(NETWORK, Map.of(), pins, LayoutListener.NONE);

        assertEquals(new Point(50, -20), layout.positions().get(1L));
        assertEquals(new Point(-3.5, 8), layout.positions().get(2L));
    }

    @Test
    void cancellingStopsAtOnceWithThePositionsSoFar() {
        AtomicInteger calls = new AtomicInteger();
        Layout layout = new ForceLayout().run(NETWORK, Map.of(), Map.of(),
                LayoutListener.cancelledBy(() -> calls.incrementAndGet() >= 3));

        assertTrue(layout.cancelled());
        assertFalse(layout.settled());
        assertEquals(3, layout.iterations());
        assertEquals(NETWORK.nodeCount(), layout.positions().size());
    }

    @Test
    void aSettledLayoutGivenBackBarelyMovesAndNewActorsStartBesideTheirNeighbours() {
        Layout first = new ForceLayout().run(NETWORK, Map.of(), Map.of(), LayoutListener.NONE);
        Layout again = new ForceLayout().run(NETWORK, first.positions(), Map.of(), LayoutListener.NONE);

        assertTrue(again.iterations() < first.iterations(), again.iterations() + " vs " + first.iterations());
        long moved = NETWORK.nodes().stream()
                .filter(n -> distance(first.positions(), again.positions(), n.id()) > 1).count();
        assertTrue(moved < NETWORK.nodeCount() / 10, moved + " actors moved");
    }

    @Test
    void stopsAfterTheIterationLimitWithoutClaimingToHaveSettled() {
        Layout layout = new ForceLayout(LayoutSettings.DEFAULT.withMaxIterations(2)).run(NETWORK, Map.of(), Map.of(),
                LayoutListener.NONE);

        assertEquals(2, layout.iterations());
        assertFalse(layout.settled());
        assertFalse(layout.cancelled());
    }

    @Test
    void emptyGraphIsSettledAtOnce() {
        Layout layout = new ForceLayout().run(Graphs.of(0).graph(), Map.of(), Map.of(), LayoutListener.NONE);

        assertTrue(layout.settled());
        assertTrue(layout.positions().isEmpty());
    }

    private static double distance(Map<Long, Point> at, long a, long b) {
        return Math.hypot(at.get(a).x() - at.get(b).x(), at.get(a).y() - at.get(b).y());
    }

    private static double distance(Map<Long, Point> before, Map<Long, Point> after, long id) {
        return Math.hypot(before.get(id).x() - after.get(id).x(), before.get(id).y() - after.get(id).y());
    }
}
