package org.creativeatlas.ui.network;

/** The corners of a node's shape, so the canvas and the SVG draw the same polygon. */
final class ShapeOutline {

    private static final double SQRT3 = Math.sqrt(3);

    private ShapeOutline() {
    }

    /** x y pairs of the polygon's corners, or null for a circle. Sized to look as heavy as a circle of radius r. */
    static double[] corners(NetworkStyle.Shape shape, double x, double y, double r) {
        return switch (shape) {
            case CIRCLE -> null;
            case SQUARE -> {
                double h = r * 0.89;
                yield new double[] {x - h, y - h, x + h, y - h, x + h, y + h, x - h, y + h};
            }
            case DIAMOND -> {
                double d = r * 1.2;
                yield new double[] {x, y - d, x + d, y, x, y + d, x - d, y};
            }
            case TRIANGLE -> {
                double t = r * 1.35;
                yield new double[] {x, y - t, x + t * SQRT3 / 2, y + t / 2, x - t * SQRT3 / 2, y + t / 2};
            }
        };
    }

    /** Whether the point (dx, dy) from the centre lies inside the shape of radius r, as {@link #corners} draws it. */
    static boolean contains(NetworkStyle.Shape shape, double dx, double dy, double r) {
        return switch (shape) {
            case CIRCLE -> dx * dx + dy * dy <= r * r;
            case SQUARE -> Math.abs(dx) <= r * 0.89 && Math.abs(dy) <= r * 0.89;
            case DIAMOND -> Math.abs(dx) + Math.abs(dy) <= r * 1.2;
            case TRIANGLE -> {
                double t = r * 1.35;
                yield dy <= t / 2 && Math.abs(dx) <= (dy + t) / SQRT3;
            }
        };
    }
}
