package org.creativeatlas.ui.network;

import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.creativeatlas.logic.graph.Point;

/**
 * What the mouse and keys do on the network: drag the background to pan, drag a node to pin it, click to select,
 * double-click to open, shift-click to link the selected actor to another; the wheel and keys of
 * {@link org.creativeatlas.ui.PanZoom}.
 */
final class CanvasGestures {

    /** What the gestures ask of the view. */
    interface Actions {
        void select(long actorId);

        void open(long actorId);

        void linkTo(long actorId);

        void pinned(long actorId, Point at);

        void menu(ContextMenuEvent event, int node, int edge);
    }

    private static final double DRAG_THRESHOLD = 3;

    private enum Mode { NONE, PAN, NODE }

    private final NetworkCanvas canvas;
    private final Actions actions;
    private Mode mode = Mode.NONE;
    private int node = -1;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;
    private boolean moved;

    CanvasGestures(NetworkCanvas canvas, Actions actions) {
        this.canvas = canvas;
        this.actions = actions;
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> canvas.hover(e.getX(), e.getY()));
        canvas.setOnScroll(canvas::scrolled);
        canvas.setOnKeyPressed(canvas::keyPressed);
        canvas.setOnContextMenuRequested(e -> {
            int at = canvas.nodeAt(e.getX(), e.getY());
            actions.menu(e, at, at >= 0 ? -1 : canvas.edgeAt(e.getX(), e.getY()));
            e.consume();
        });
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        mode = Mode.NONE;
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        node = canvas.nodeAt(e.getX(), e.getY());
        if (node >= 0 && e.isShiftDown()) {
            actions.linkTo(canvas.drawing().id(node));
            return;
        }
        mode = node >= 0 ? Mode.NODE : Mode.PAN;
        startX = lastX = e.getX();
        startY = lastY = e.getY();
        moved = false;
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.NONE) {
            return;
        }
        moved |= Math.hypot(e.getX() - startX, e.getY() - startY) > DRAG_THRESHOLD;
        if (mode == Mode.PAN) {
            canvas.panBy(e.getX() - lastX, e.getY() - lastY);
        } else if (moved) {
            canvas.moveNode(node, e.getX(), e.getY());
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (mode == Mode.NODE && node < canvas.drawing().nodeCount()) {
            long id = canvas.drawing().id(node);
            if (moved) {
                actions.pinned(id, canvas.drawing().layoutPoint(node));
            } else if (e.getClickCount() >= 2) {
                actions.open(id);
            } else {
                actions.select(id);
            }
        }
        mode = Mode.NONE;
    }

}
