package org.creativeatlas.logic.map;

import java.util.Arrays;

/**
 * A path in screen coordinates (moves, lines, closes), reused frame after frame so painting allocates nothing once
 * warm. Pens walk it with {@link #size}, {@link #op}, {@link #x} and {@link #y}.
 */
public final class PathBuffer {

    public static final byte MOVE = 0;
    public static final byte LINE = 1;
    public static final byte CLOSE = 2;

    private byte[] ops = new byte[256];
    private double[] xy = new double[512];
    private int size;

    public void clear() {
        size = 0;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void moveTo(double x, double y) {
        add(MOVE, x, y);
    }

    public void lineTo(double x, double y) {
        add(LINE, x, y);
    }

    public void close() {
        add(CLOSE, 0, 0);
    }

    /** A closed polygon through {@code count} points around a centre, e.g. a circle or a slice of one. */
    public void wedge(double cx, double cy, double r, double fromAngle, double toAngle) {
        double sweep = toAngle - fromAngle;
        boolean full = sweep >= 2 * Math.PI - 1e-9;
        int steps = Math.max(6, (int) Math.ceil(Math.abs(sweep) / (Math.PI / 24)));
        if (!full) {
            moveTo(cx, cy);
        }
        for (int i = 0; i <= steps; i++) {
            double a = fromAngle + sweep * i / steps;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (full && i == 0) {
                moveTo(x, y);
            } else if (!full || i < steps) {
                lineTo(x, y);
            }
        }
        close();
    }

    public void rect(double x, double y, double w, double h) {
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        close();
    }

    private void add(byte op, double x, double y) {
        if (size == ops.length) {
            ops = Arrays.copyOf(ops, size * 2);
            xy = Arrays.copyOf(xy, size * 4);
        }
        ops[size] = op;
        xy[2 * size] = x;
        xy[2 * size + 1] = y;
        size++;
    }

    public int size() {
        return size;
    }

    public byte op(int i) {
        return ops[i];
    }

    public double x(int i) {
        return xy[2 * i];
    }

    public double y(int i) {
        return xy[2 * i + 1];
    }
}
