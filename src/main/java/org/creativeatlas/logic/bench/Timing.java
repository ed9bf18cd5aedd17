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
        return median(millis);
    }

    /**
     * Medians of two tasks timed in turn (first, second, first, …), so that a machine getting busier or quieter
     * during the runs affects both alike: for a ratio of the two.
     */
    static double[] alternatingMedians(int warmups, int runs, IntSupplier first, IntSupplier second) {
        int[] expected = {first.getAsInt(), second.getAsInt()};
        for (int i = 1; i < warmups; i++) {
            check(expected[0], first.getAsInt());
            check(expected[1], second.getAsInt());
        }
        double[][] millis = new double[2][runs];
        IntSupplier[] tasks = {first, second};
        for (int i = 0; i < runs; i++) {
            for (int t = 0; t < 2; t++) {
                long start = System.nanoTime();
                int result = tasks[t].getAsInt();
                millis[t][i] = (System.nanoTime() - start) / 1e6;
                check(expected[t], result);
            }
        }
        return new double[] {median(millis[0]), median(millis[1])};
    }

    private static double median(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void check(int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException("benchmark task gave " + actual + " after " + expected);
        }
    }
}
