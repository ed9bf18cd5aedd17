package org.creativeatlas.ui.map;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * What the mouse and keys do on the map: drag to pan, click a marker to select its actors, double-click elsewhere
 * to zoom in there, the wheel and keys of {@link org.creativeatlas.ui.PanZoom}; moving the pointer tells what is under it.
 */
final class MapGestures {

    /** What the gestures ask of the view. */
    interface Actions {
        void clicked(double x, double y);

        void hovered(double x, double y);

        void left();
    }

    private static final double DRAG_THRESHOLD = 3;

    private final MapCanvas canvas;
    private final Actions actions;
    private boolean pressed;
    private boolean moved;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;

    MapGestures(MapCanvas canvas, Actions actions) {
        this.canvas = canvas;
        this.actions = actions;
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> actions.hovered(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> actions.left());
        canvas.setOnScroll(this::scrolled);
        canvas.setOnKeyPressed(canvas::keyPressed);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        // kept from the tab pane around the map, which would take the focus (and the keys) back
        e.consume();
        pressed = e.getButton() == MouseButton.PRIMARY;
        moved = false;
        startX = lastX = e.getX();
        startY = lastY = e.getY();
    }

    private void dragged(MouseEvent e) {
        if (!pressed) {
            return;
        }
        moved |= Math.hypot(e.getX() - startX, e.getY() - startY) > DRAG_THRESHOLD;
        if (moved) {
            actions.left();
            canvas.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (pressed && !moved) {
            if (e.getClickCount() >= 2 && canvas.clusterAt(e.getX(), e.getY()).isEmpty()) {
                canvas.zoomAt(e.getX(), e.getY(), 2);
            } else {
                actions.clicked(e.getX(), e.getY());
            }
        }
        pressed = false;
    }

    private void scrolled(ScrollEvent e) {
        canvas.scrolled(e);
        actions.hovered(e.getX(), e.getY());
    }

}
