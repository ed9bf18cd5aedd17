package org.creativeatlas.logic.bench;

import java.util.Arrays;
import java.util.function.IntSupplier;

/** Times a task the way the benchmark reports it: a few untimed runs to warm the JIT, then the median of the rest. */
final class Timing {

    private Timing() {
    }

    /**
     * Median wall time of {@code runs} timed runs, in milliseconds. The task returns a number (e.g. rows matched)
     * that is checked to be the same every run, so the work cannot be optimised away and stays honest.
     */
    static double medianMillis(int warmups, int runs, IntSupplier task) {
        int expected = task.getAsInt();
        for (int i = 1; i < warmups; i++) {
            check(expected, task.getAsInt());
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int result = task.getAsInt();
            millis[i] = (System.nanoTime() - start) / 1e6;
            check(expected, result);
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }

    private static void check(int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException("benchmark task gave " + actual + " after " + expected);
        }
    }
}
