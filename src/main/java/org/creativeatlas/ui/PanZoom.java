package org.creativeatlas.ui;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/**
 * A picture that pans and zooms — the map and the network — and what the wheel and the keys do on it alike:
 * wheel or +/− to zoom, 0 to fit, arrows to pan.
 */
public interface PanZoom {

    double WHEEL_ZOOM = 0.0025;
    double KEY_ZOOM = 1.25;
    double KEY_PAN = 60;

    void panBy(double dx, double dy);

    /** Zooms by {@code factor} keeping what is under the point where it is. */
    void zoomAt(double x, double y, double factor);

    void fit();

    double getWidth();

    double getHeight();

    default void zoom(double factor) {
        zoomAt(getWidth() / 2, getHeight() / 2, factor);
    }

    /** The wheel zooms about the pointer. */
    default void scrolled(ScrollEvent e) {
        zoomAt(e.getX(), e.getY(), Math.exp(e.getDeltaY() * WHEEL_ZOOM));
        e.consume();
    }

    /** The keys that zoom, fit and pan; others are left to the window. */
    default void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoom(KEY_ZOOM);
            case MINUS, SUBTRACT -> zoom(1 / KEY_ZOOM);
            case DIGIT0, NUMPAD0 -> fit();
            case LEFT -> panBy(KEY_PAN, 0);
            case RIGHT -> panBy(-KEY_PAN, 0);
            case UP -> panBy(0, KEY_PAN);
            case DOWN -> panBy(0, -KEY_PAN);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
