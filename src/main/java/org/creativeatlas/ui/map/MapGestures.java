package org.creativeatlas.ui.map;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * What the mouse and keys do on the map: drag to pan, click a marker to select its actors, double-click elsewhere
 * to zoom in there, wheel or +/− to zoom, 0 to fit, arrows to pan; moving the pointer tells what is under it.
 */
final class MapGestures {

    /** What the gestures ask of the view. */
    interface Actions {
        void clicked(double x, double y);

        void hovered(double x, double y);

        void left();
    }

    private static final double DRAG_THRESHOLD = 3;
    private static final double WHEEL_ZOOM = 0.0025;
    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN = 60;

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
        canvas.setOnKeyPressed(this::key);
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
        canvas.zoomAt(e.getX(), e.getY(), Math.exp(e.getDeltaY() * WHEEL_ZOOM));
        actions.hovered(e.getX(), e.getY());
        e.consume();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> canvas.zoom(KEY_ZOOM);
            case MINUS, SUBTRACT -> canvas.zoom(1 / KEY_ZOOM);
            case DIGIT0, NUMPAD0 -> canvas.fit();
            case LEFT -> canvas.panBy(KEY_PAN, 0);
            case RIGHT -> canvas.panBy(-KEY_PAN, 0);
            case UP -> canvas.panBy(0, KEY_PAN);
            case DOWN -> canvas.panBy(0, -KEY_PAN);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
