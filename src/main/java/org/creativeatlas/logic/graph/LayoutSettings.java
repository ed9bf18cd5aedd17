package org.creativeatlas.logic.graph;

/**
 * Knobs of {@link ForceLayout}. {@code seed} fixes where new nodes start, so the same input gives the same layout.
 * The layout has settled when no free node moved more than {@code tolerance × edgeLength} in one iteration;
 * {@code maxIterations} bounds the work if it does not. {@code theta} is the Barnes–Hut opening angle: larger is
 * faster and coarser.
 */
public record LayoutSettings(long seed, int maxIterations, double tolerance, double edgeLength, double theta) {

    public static final LayoutSettings DEFAULT = new LayoutSettings(42, 1_000, 0.01, 1.0, 1.0);

    public LayoutSettings {
        if (maxIterations < 1 || !(tolerance > 0) || !(edgeLength > 0) || !(theta >= 0)) {
            throw new IllegalArgumentException("bad layout settings");
        }
    }

    public LayoutSettings withSeed(long newSeed) {
        return new LayoutSettings(newSeed, maxIterations, tolerance, edgeLength, theta);
    }

    public LayoutSettings withMaxIterations(int newMax) {
        return new LayoutSettings(seed, newMax, tolerance, edgeLength, theta);
    }
}
