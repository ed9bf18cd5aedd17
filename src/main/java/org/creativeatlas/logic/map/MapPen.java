package org.creativeatlas.logic.map;

/**
 * What the map painter draws with, in screen units (y down): filled and stroked paths and labels. The screen, SVG,
 * PNG and PDF each have one, so every output shows the same drawing.
 */
public interface MapPen {

    /** Starts a picture of the given size on a background. */
    void begin(double width, double height, String background);

    /** Fills the path, non-zero: holes run the other way round from their outer rings and stay open. */
    void fill(PathBuffer path, String colour, double opacity);

    void stroke(PathBuffer path, String colour, double width);

    /** One line of text, {@code x} its left end and {@code y} its baseline. */
    void text(String text, double x, double y, double size, boolean bold, String colour);

    /** How wide the text is drawn. */
    double textWidth(String text, double size, boolean bold);
}
