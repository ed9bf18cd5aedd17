package org.creativeatlas.logic.graph;

import java.util.Arrays;

/**
 * Barnes–Hut quadtree over node positions, rebuilt every layout iteration: a far group of nodes repels as one
 * mass at its centre, so repulsion costs O(n log n) instead of O(n²). Cells live in flat arrays reused between
 * builds. Nodes that land in one cell at the depth limit (same position) are chained in a list and repel exactly.
 */
final class QuadTree {

    private static final int MAX_DEPTH = 40;
    /** Keeps a pair at the same spot from giving an infinite force; they are pushed apart by index instead. */
    private static final double MIN_DISTANCE_SQUARED = 1e-12;

    private double[] cx = new double[64];
    private double[] cy = new double[64];
    private double[] half = new double[64];
    private double[] mass = new double[64];
    private double[] sumX = new double[64];
    private double[] sumY = new double[64];
    private int[] children = new int[256];
    private int[] body = new int[64];
    private int[] next = new int[0];
    private int[] stack = new int[256];
    private int cells;

    void build(double[] x, double[] y, int n) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        if (next.length < n) {
            next = new int[n];
        }
        cells = 0;
        newCell((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 + 1e-9);
        for (int i = 0; i < n; i++) {
            insert(i, x, y);
        }
    }

    private void insert(int b, double[] x, double[] y) {
        double bx = x[b];
        double by = y[b];
        int c = 0;
        for (int depth = 0; ; depth++) {
            mass[c]++;
            sumX[c] += bx;
            sumY[c] += by;
            if (children[4 * c] >= 0) {
                c = children[4 * c + quadrant(c, bx, by)];
            } else if (body[c] < 0) {
                body[c] = b;
                next[b] = -1;
                return;
            } else if (depth >= MAX_DEPTH) {
                next[b] = body[c];
                body[c] = b;
                return;
            } else {
                split(c);
                int old = body[c];
                body[c] = -1;
                int oc = children[4 * c + quadrant(c, x[old], y[old])];
                body[oc] = old;
                mass[oc] = 1;
                sumX[oc] = x[old];
                sumY[oc] = y[old];
                c = children[4 * c + quadrant(c, bx, by)];
            }
        }
    }

    private int quadrant(int c, double px, double py) {
        return (px >= cx[c] ? 1 : 0) + (py >= cy[c] ? 2 : 0);
    }

    private void split(int c) {
        double h = half[c] / 2;
        for (int q = 0; q < 4; q++) {
            // newCell may grow the arrays: take the index first, then write into the current array
            int child = newCell(cx[c] + ((q & 1) == 0 ? -h : h), cy[c] + ((q & 2) == 0 ? -h : h), h);
            children[4 * c + q] = child;
        }
    }

    private int newCell(double x, double y, double h) {
        if (cells == cx.length) {
            int size = cells * 2;
            cx = Arrays.copyOf(cx, size);
            cy = Arrays.copyOf(cy, size);
            half = Arrays.copyOf(half, size);
            mass = Arrays.copyOf(mass, size);
            sumX = Arrays.copyOf(sumX, size);
            sumY = Arrays.copyOf(sumY, size);
            body = Arrays.copyOf(body, size);
            children = Arrays.copyOf(children, 4 * size);
        }
        int c = cells++;
        cx[c] = x;
        cy[c] = y;
        half[c] = h;
        mass[c] = 0;
        sumX[c] = 0;
        sumY[c] = 0;
        body[c] = -1;
        Arrays.fill(children, 4 * c, 4 * c + 4, -1);
        return c;
    }

    /**
     * Adds to {@code force} (x, y) the repulsion on node {@code i} from all others: {@code strength / distance}
     * away from each, cells seen under an angle below {@code theta} taken as one mass.
     */
    void repulse(int i, double[] x, double[] y, double strength, double theta, double[] force) {
        double theta2 = theta * theta;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            if (body[c] >= 0) {
                for (int j = body[c]; j >= 0; j = next[j]) {
                    if (j != i) {
                        push(force, x[i] - x[j], y[i] - y[j], strength, i - j);
                    }
                }
            } else if (children[4 * c] >= 0) {
                double dx = x[i] - sumX[c] / mass[c];
                double dy = y[i] - sumY[c] / mass[c];
                double d2 = dx * dx + dy * dy;
                if (4 * half[c] * half[c] < theta2 * d2) {
                    push(force, dx, dy, strength * mass[c], 0);
                } else {
                    if (top + 4 > stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    for (int q = 0; q < 4; q++) {
                        if (mass[children[4 * c + q]] > 0) {
                            stack[top++] = children[4 * c + q];
                        }
                    }
                }
            }
        }
    }

    private static void push(double[] force, double dx, double dy, double strength, int apart) {
        double d2 = dx * dx + dy * dy;
        if (d2 < MIN_DISTANCE_SQUARED) {
            if (apart == 0) {
                return;
            }
            dx = apart * 1e-6;
            dy = 1e-6;
            d2 = dx * dx + dy * dy;
        }
        force[0] += strength * dx / d2;
        force[1] += strength * dy / d2;
    }
}
