package org.creativeatlas.ui.network;

import java.util.Arrays;

/** A growable run of doubles, reused frame after frame so drawing allocates nothing once warm. */
final class Batch {

    private final int stride;
    double[] values = new double[64];
    int count;

    Batch(int stride) {
        this.stride = stride;
    }

    void clear() {
        count = 0;
    }

    void add(double a, double b, double c) {
        int at = grow();
        values[at] = a;
        values[at + 1] = b;
        values[at + 2] = c;
    }

    void add(double a, double b, double c, double d) {
        int at = grow();
        values[at] = a;
        values[at + 1] = b;
        values[at + 2] = c;
        values[at + 3] = d;
    }

    private int grow() {
        int at = count * stride;
        if (at + stride > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        count++;
        return at;
    }
}
