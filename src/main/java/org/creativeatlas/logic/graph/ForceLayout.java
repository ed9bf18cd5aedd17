package org.creativeatlas.logic.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * Force-directed layout (Fruchterman–Reingold forces with Hu's adaptive step, Barnes–Hut repulsion). Linked
 * actors attract (d²/K), all actors repel (C·K²/d), and a weak pull to the origin keeps unlinked actors and
 * separate groups in sight. Each free node moves by the current step along its force; the step shrinks whenever
 * the total force stops falling, so the layout ends either at equilibrium or where it can no longer improve. It
 * has <em>settled</em> when no free node moved more than tolerance × K in an iteration. A run where most nodes
 * already have a position starts with a small step, so a settled layout given back stays nearly as it was.
 * <p>
 * Deterministic: the same graph, start positions, pins and settings give the same positions. Pinned nodes stay
 * exactly where they are and still push and pull the others. Nodes with a previous position start there (an
 * incremental run); new ones start next to a placed neighbour, or at a seeded random spot.
 */
public final class ForceLayout {

    private static final double REPULSION = 0.2;
    private static final double GRAVITY = 1.0;
    private static final double COOLING = 0.9;
    private static final int WARMING_AFTER = 5;
    private static final double INCREMENTAL_STEP = 0.1;

    private final LayoutSettings settings;

    public ForceLayout() {
        this(LayoutSettings.DEFAULT);
    }

    public ForceLayout(LayoutSettings settings) {
        this.settings = settings;
    }

    /**
     * Lays out {@code graph}. {@code previous} and {@code pinned} map actor ids to positions; ids not in the graph
     * are ignored. Runs on the calling thread: call it from a background task.
     */
    public Layout run(ActorGraph graph, Map<Long, Point> previous, Map<Long, Point> pinned, LayoutListener listener) {
        int n = graph.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] fixed = new boolean[n];
        int known = new StartPositions(graph, settings).place(previous, pinned, x, y, fixed);
        double k = settings.edgeLength();
        // mostly placed already: start gently, so what had settled stays put unless the newcomers push it
        double step = known * 2 >= n && n > 0 ? k * INCREMENTAL_STEP : k;
        double energy = Double.POSITIVE_INFINITY;
        int progress = 0;
        QuadTree tree = new QuadTree();
        double[] fx = new double[n];
        double[] fy = new double[n];
        double[] force = new double[2];
        int iteration = 0;
        boolean settled = n == 0;
        boolean cancelled = false;
        while (!settled && !cancelled && iteration < settings.maxIterations()) {
            iteration++;
            tree.build(x, y, n);
            for (int i = 0; i < n; i++) {
                force[0] = -GRAVITY * x[i];
                force[1] = -GRAVITY * y[i];
                tree.repulse(i, x, y, REPULSION * k * k, settings.theta(), force);
                fx[i] = force[0];
                fy[i] = force[1];
            }
            attract(graph, x, y, fx, fy, k);
            double newEnergy = 0;
            double largestMove = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                double f = Math.hypot(fx[i], fy[i]);
                newEnergy += f * f;
                if (f > 0) {
                    double move = Math.min(step, f);
                    x[i] += fx[i] / f * move;
                    y[i] += fy[i] / f * move;
                    largestMove = Math.max(largestMove, move);
                }
            }
            // Hu (2005): grow the step after a run of improvements, shrink it as soon as the energy rises
            if (newEnergy < energy) {
                if (++progress >= WARMING_AFTER) {
                    progress = 0;
                    step /= COOLING;
                }
            } else {
                progress = 0;
                step *= COOLING;
            }
            energy = newEnergy;
            settled = largestMove < settings.tolerance() * k;
            cancelled = !listener.iterated(iteration, largestMove);
        }
        Map<Long, Point> positions = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            positions.put(graph.idAt(i), new Point(x[i], y[i]));
        }
        return new Layout(positions, iteration, settled, cancelled);
    }

    /** Springs along the edges of the simple graph, each pair of linked nodes once. */
    private static void attract(ActorGraph graph, double[] x, double[] y, double[] fx, double[] fy, double k) {
        for (int i = 0; i < graph.nodeCount(); i++) {
            for (int j : graph.neighboursAt(i)) {
                if (j > i) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double pull = Math.hypot(dx, dy) / k;
                    fx[i] += dx * pull;
                    fy[i] += dy * pull;
                    fx[j] -= dx * pull;
                    fy[j] -= dy * pull;
                }
            }
        }
    }
}
