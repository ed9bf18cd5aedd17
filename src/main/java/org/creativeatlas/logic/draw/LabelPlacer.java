package org.creativeatlas.logic.draw;

import java.util.Arrays;

/**
 * Keeps labels from covering each other and the nodes: a coarse grid over the screen marks what is taken, and a
 * label goes only where all its cells are free. Text width is estimated from its length, which needs no font
 * measuring and so costs nothing per frame. The network and the map place their labels with it.
 */
public final class LabelPlacer {

    private static final double CELL = 6;

    private boolean[] taken = new boolean[0];
    private int columns;
    private int rows;

    public void reset(double width, double height) {
        columns = Math.max(1, (int) Math.ceil(width / CELL));
        rows = Math.max(1, (int) Math.ceil(height / CELL));
        if (taken.length < columns * rows) {
            taken = new boolean[columns * rows];
        } else {
            Arrays.fill(taken, 0, columns * rows, false);
        }
    }

    public static double width(String text, double size, boolean bold) {
        return text.length() * size * (bold ? 0.62 : 0.56);
    }

    /** Marks the box taken whatever is there (a node, a label that must show). */
    public void take(double x0, double y0, double x1, double y1) {
        visit(x0, y0, x1, y1, true);
    }

    /** Takes the box if all of it is free and on screen; true if it did. */
    public boolean tryTake(double x0, double y0, double x1, double y1) {
        if (x0 < 0 || y0 < 0 || x1 > columns * CELL || y1 > rows * CELL || !visit(x0, y0, x1, y1, false)) {
            return false;
        }
        visit(x0, y0, x1, y1, true);
        return true;
    }

    /** With {@code mark}, marks the cells; without, says whether all are free. */
    private boolean visit(double x0, double y0, double x1, double y1, boolean mark) {
        int c0 = clamp((int) (x0 / CELL), columns);
        int c1 = clamp((int) (x1 / CELL), columns);
        int r0 = clamp((int) (y0 / CELL), rows);
        int r1 = clamp((int) (y1 / CELL), rows);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                if (mark) {
                    taken[r * columns + c] = true;
                } else if (taken[r * columns + c]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
