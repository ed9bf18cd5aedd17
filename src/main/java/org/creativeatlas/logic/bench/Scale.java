package org.creativeatlas.logic.bench;

/** The size of a benchmark relative to its full run (1); every benchmark refuses a size of zero or less. */
final class Scale {

    private Scale() {
    }

    static double positive(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        return scale;
    }
}
