package org.creativeatlas.ui.network;

/**
 * What the painter draws with, in screen coordinates: batches of line segments and of shapes, and labels. The
 * canvas and the SVG writer each implement it, so the picture on screen and the exported one are the same drawing.
 */
interface Pen {

    void clear(double width, double height, String colour);

    /** {@code count} segments, {@code xy} holding x1 y1 x2 y2 for each. */
    void segments(double[] xy, int count, String colour, double opacity, double width);

    /**
     * {@code count} shapes, {@code xyr} holding centre x, y and radius for each; {@code fill} or {@code stroke} may
     * be null to leave it out.
     */
    void shapes(NetworkStyle.Shape shape, double[] xyr, int count, String fill, String stroke, double strokeWidth);

    /** A label with a white halo so it reads over edges; {@code x} is its left end, {@code y} its baseline. */
    void text(String text, double x, double y, double size, boolean bold, String colour);
}
