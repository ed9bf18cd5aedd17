package org.creativeatlas.logic.graph;

import java.util.Map;
import java.util.Random;

/** Where each node starts a layout: its pin, its previous position, next to a placed neighbour, or a seeded spot. */
final class StartPositions {

    private final ActorGraph graph;
    private final LayoutSettings settings;

    StartPositions(ActorGraph graph, LayoutSettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    /** Fills the arrays; returns how many nodes had a pin or a previous position. */
    int place(Map<Long, Point> previous, Map<Long, Point> pinned, double[] x, double[] y, boolean[] fixed) {
        int n = graph.nodeCount();
        boolean[] placed = new boolean[n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            Point p = pinned.get(graph.idAt(i));
            fixed[i] = p != null;
            if (p == null) {
                p = previous.get(graph.idAt(i));
            }
            if (p != null) {
                x[i] = p.x();
                y[i] = p.y();
                placed[i] = true;
                known++;
            }
        }
        Random random = new Random(settings.seed());
        double radius = settings.edgeLength() * Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            int anchor = placedNeighbour(i, placed);
            double angle = random.nextDouble() * 2 * Math.PI;
            // uniform over the disc: the radius grows with the square root
            double r = anchor >= 0 ? settings.edgeLength() : radius * Math.sqrt(random.nextDouble());
            if (!placed[i]) {
                x[i] = (anchor >= 0 ? x[anchor] : 0) + r * Math.cos(angle);
                y[i] = (anchor >= 0 ? y[anchor] : 0) + r * Math.sin(angle);
            }
        }
        return known;
    }

    private int placedNeighbour(int i, boolean[] placed) {
        for (int j : graph.neighboursAt(i)) {
            if (placed[j]) {
                return j;
            }
        }
        return -1;
    }
}
