package org.creativeatlas.logic.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Betweenness centrality of every actor (Brandes 2001; unweighted, undirected, parallel links counted once):
 * how many shortest paths between two other actors pass through it, the mark of a broker. Raw values count pairs
 * (a path split between k shortest routes gives each 1/k); normalised ones divide by the (n−1)(n−2)/2 pairs that
 * could pass through an actor, so they lie in 0…1.
 * <p>
 * Exact betweenness costs one breadth-first search per actor. Above {@link #EXACT_LIMIT} actors {@link #of} runs
 * the searches from a seeded random sample of {@link #PIVOTS} actors and scales up (Brandes &amp; Pich 2007): ranks
 * of the brokers hold, values are estimates; {@link #isExact()} says which it is.
 */
public final class Betweenness {

    /**
     * Up to this many actors {@link #of} is exact. Exact on 5 000 actors and 20 000 edges takes 1.2–4.4 s on two
     * busy cores, too slow to follow each filter change; a sample of {@link #PIVOTS} takes a fifth of that.
     */
    public static final int EXACT_LIMIT = 2_000;
    public static final int PIVOTS = 1_000;
    private static final long SEED = 1;
    private static final int CHUNKS = 16;

    private final ActorGraph graph;
    private final double[] raw;
    private final int sources;

    private Betweenness(ActorGraph graph, double[] raw, int sources) {
        this.graph = graph;
        this.raw = raw;
        this.sources = sources;
    }

    /** Exact up to {@link #EXACT_LIMIT} actors, sampled above. Throws CancellationException once cancelled. */
    public static Betweenness of(ActorGraph graph, BooleanSupplier cancelled) {
        return graph.nodeCount() <= EXACT_LIMIT ? exact(graph, cancelled) : sampled(graph, PIVOTS, SEED, cancelled);
    }

    public static Betweenness exact(ActorGraph graph, BooleanSupplier cancelled) {
        return compute(graph, IntStream.range(0, graph.nodeCount()).toArray(), cancelled);
    }

    /** From {@code pivots} source actors drawn with {@code seed}; the same seed gives the same values. */
    public static Betweenness sampled(ActorGraph graph, int pivots, long seed, BooleanSupplier cancelled) {
        int n = graph.nodeCount();
        if (pivots >= n) {
            return exact(graph, cancelled);
        }
        int[] order = IntStream.range(0, n).toArray();
        Random random = new Random(seed);
        for (int i = 0; i < pivots; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return compute(graph, Arrays.copyOf(order, pivots), cancelled);
    }

    private static Betweenness compute(ActorGraph graph, int[] sources, BooleanSupplier cancelled) {
        int n = graph.nodeCount();
        // sources in fixed chunks summed in order: the same result whichever thread ran which chunk
        List<double[]> partials = IntStream.range(0, CHUNKS).parallel()
                .mapToObj(c -> new BrandesSearch(graph).run(sources, c, CHUNKS, cancelled)).toList();
        double[] total = new double[n];
        for (double[] partial : partials) {
            for (int i = 0; i < n; i++) {
                total[i] += partial[i];
            }
        }
        // each pair is counted from both ends; a sample stands for n / k of the sources
        double scale = 0.5 * n / Math.max(1, sources.length);
        for (int i = 0; i < n; i++) {
            total[i] *= scale;
        }
        return new Betweenness(graph, total, sources.length);
    }

    /** Pairs of other actors whose shortest paths pass through this one (0 for an actor not in the graph). */
    public double raw(long actorId) {
        int i = graph.indexOf(actorId);
        return i < 0 ? 0 : raw[i];
    }

    /** {@link #raw} over the (n−1)(n−2)/2 pairs of other actors: 0…1. */
    public double normalised(long actorId) {
        double n = graph.nodeCount();
        return n < 3 ? 0 : raw(actorId) / ((n - 1) * (n - 2) / 2);
    }

    public boolean isExact() {
        return sources == graph.nodeCount();
    }

    /** How many source actors the searches started from. */
    public int sources() {
        return sources;
    }

    /** One breadth-first search after another, reusing its arrays; each pass adds the dependencies of one source. */
    private static final class BrandesSearch {
        private final ActorGraph graph;
        private final double[] sum;
        private final double[] sigma;
        private final double[] delta;
        private final int[] distance;
        private final int[] order;

        BrandesSearch(ActorGraph graph) {
            this.graph = graph;
            int n = graph.nodeCount();
            sum = new double[n];
            sigma = new double[n];
            delta = new double[n];
            distance = new int[n];
            order = new int[n];
        }

        double[] run(int[] sources, int chunk, int chunks, BooleanSupplier cancelled) {
            Arrays.fill(distance, -1);
            for (int k = chunk; k < sources.length; k += chunks) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("betweenness cancelled");
                }
                accumulate(sources[k]);
            }
            return sum;
        }

        private void accumulate(int s) {
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            distance[s] = 0;
            sigma[s] = 1;
            while (head < tail) {
                int v = order[head++];
                for (int w : graph.neighboursAt(v)) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            // predecessors are the neighbours one step nearer: found again instead of stored in lists
            for (int k = tail - 1; k >= 0; k--) {
                int w = order[k];
                for (int v : graph.neighboursAt(w)) {
                    if (distance[v] == distance[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                if (w != s) {
                    sum[w] += delta[w];
                }
            }
            for (int k = 0; k < tail; k++) {
                int w = order[k];
                distance[w] = -1;
                sigma[w] = 0;
                delta[w] = 0;
            }
        }
    }
}
