package org.creativeatlas.ui.network;

import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.creativeatlas.logic.graph.GraphEdge;
import org.creativeatlas.ui.PaintOnPulse;
import org.creativeatlas.ui.PanZoom;

/**
 * The network drawn on one canvas, with pan and zoom. Changes only mark the frame dirty; it is painted once at the
 * next pulse, however many mouse events came in between.
 */
public final class NetworkCanvas extends Region implements PanZoom {

    private static final double FIT_MARGIN = 40;
    private static final double HIT_SLACK = 4;
    private static final int MAX_EXPORT_SIDE = 8_000;

    private final Canvas canvas = new Canvas();
    private final CanvasPen pen = new CanvasPen(canvas.getGraphicsContext2D(), true);
    private final NetworkPainter painter;
    private final Viewport viewport;
    private NetworkDrawing drawing = NetworkDrawing.EMPTY;
    private long selectedId = -1;
    private int selected = -1;
    /** A selection made before the canvas had a size, to centre on once it has one. */
    private boolean centreWhenSized;
    private int hoveredNode = -1;
    private int hoveredEdge = -1;
    private double reservedBottom;
    private final PaintOnPulse pulse = new PaintOnPulse(this::paintNow);

    public NetworkCanvas(Function<GraphEdge, String> edgeLabel) {
        this(edgeLabel, new Viewport());
    }

    /** A canvas showing the network through {@code viewport}, as another canvas may have left it. */
    public NetworkCanvas(Function<GraphEdge, String> edgeLabel, Viewport viewport) {
        this.viewport = viewport;
        this.painter = new NetworkPainter(edgeLabel);
        getChildren().add(canvas);
        setId("networkCanvas");
        setFocusTraversable(true);
        setMinSize(0, 0);
    }

    /** Shows a newly laid out drawing; the first non-empty one is fitted to the window, later ones keep the view. */
    public void setDrawing(NetworkDrawing next) {
        drawing = next;
        selected = drawing.indexOf(selectedId);
        hoveredNode = -1;
        hoveredEdge = -1;
        if (!viewport.isPlaced() && next.nodeCount() > 0 && getWidth() > 0) {
            fit();
        }
        redraw();
    }

    public NetworkDrawing drawing() {
        return drawing;
    }

    /** Marks the actor; with {@code centre}, brings it to the middle of the view (a selection made elsewhere). */
    public void select(long actorId, boolean centre) {
        selectedId = actorId;
        selected = drawing.indexOf(actorId);
        if (centre && selected >= 0) {
            if (getWidth() > 0) {
                viewport.centreOn(drawing.x(selected), drawing.y(selected), getWidth(), getHeight());
            } else {
                // not laid out yet: a new view centres once it has a size; a kept one (a window rebuilt in another
                // language, its selection given back) stays where it was
                centreWhenSized = !viewport.isPlaced();
            }
        }
        redraw();
    }

    /** Keeps the bottom {@code height} pixels (under the legend) out of what fitting uses. */
    public void reserveBottom(double height) {
        reservedBottom = height;
    }

    @Override
    public void fit() {
        viewport.fit(drawing.bounds(), getWidth(), Math.max(getHeight() - reservedBottom, getHeight() / 2), FIT_MARGIN);
        redraw();
    }

    @Override
    public void zoomAt(double x, double y, double factor) {
        viewport.zoomAt(x, y, factor);
        redraw();
    }

    @Override
    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
        redraw();
    }

    public double scale() {
        return viewport.scale();
    }

    /** Moves a node to the world point under the screen point (while it is dragged). */
    void moveNode(int i, double screenX, double screenY) {
        drawing.move(i, viewport.worldX(screenX), viewport.worldY(screenY));
        redraw();
    }

    /** Index of the node under the point of this canvas (the nearest if several), or -1. */
    public int nodeAt(double x, double y) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < drawing.nodeCount(); i++) {
            double dx = viewport.screenX(drawing.x(i)) - x;
            double dy = viewport.screenY(drawing.y(i)) - y;
            double reach = NetworkPainter.screenRadius(drawing, viewport, i) + HIT_SLACK;
            double d = dx * dx + dy * dy;
            if (d <= reach * reach && d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The edge passing within a few pixels of the screen point, or -1. */
    int edgeAt(double x, double y) {
        for (int e = 0; e < drawing.edgeCount(); e++) {
            double x1 = viewport.screenX(drawing.x(drawing.from(e)));
            double y1 = viewport.screenY(drawing.y(drawing.from(e)));
            double x2 = viewport.screenX(drawing.x(drawing.to(e)));
            double y2 = viewport.screenY(drawing.y(drawing.to(e)));
            if (segmentDistance(x, y, x1, y1, x2, y2) <= HIT_SLACK) {
                return e;
            }
        }
        return -1;
    }

    private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    /** Highlights what the pointer is over: a node first, else an edge (its label then shows). */
    void hover(double x, double y) {
        int node = nodeAt(x, y);
        int edge = node >= 0 ? -1 : edgeAt(x, y);
        if (node != hoveredNode || edge != hoveredEdge) {
            hoveredNode = node;
            hoveredEdge = edge;
            redraw();
        }
    }

    int hoveredEdge() {
        return hoveredEdge;
    }

    /** Where an actor is drawn, in this node's coordinates; null if it is not shown. */
    public Point2D screenPoint(long actorId) {
        int i = drawing.indexOf(actorId);
        return i < 0 ? null : new Point2D(viewport.screenX(drawing.x(i)), viewport.screenY(drawing.y(i)));
    }

    public void redraw() {
        pulse.request();
    }

    /** Paints the frame at once (the benchmark times this). */
    public void paintNow() {
        pulse.painted();
        painter.paint(drawing, viewport, canvas.getWidth(), canvas.getHeight(),
                new Highlight(selected, hoveredNode, hoveredEdge), pen);
    }

    /** The current view rendered {@code factor} times larger, for a PNG. */
    public WritableImage renderImage(double factor) {
        double f = Math.min(factor, MAX_EXPORT_SIDE / Math.max(1, Math.max(getWidth(), getHeight())));
        Canvas big = new Canvas(Math.ceil(getWidth() * f), Math.ceil(getHeight() * f));
        big.getGraphicsContext2D().scale(f, f);
        new NetworkPainter(painter.edgeLabel()).paint(drawing, viewport, getWidth(), getHeight(),
                new Highlight(selected, -1, -1), new CanvasPen(big.getGraphicsContext2D(), false));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return big.snapshot(params, null);
    }

    /** The current view as an SVG document. */
    public String renderSvg() {
        SvgPen svg = new SvgPen();
        new NetworkPainter(painter.edgeLabel()).paint(drawing, viewport, getWidth(), getHeight(),
                new Highlight(selected, -1, -1), svg);
        return svg.document();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (!viewport.isPlaced() && drawing.nodeCount() > 0 && w > 0) {
                fit();
            }
            if (centreWhenSized && selected >= 0 && w > 0) {
                centreWhenSized = false;
                viewport.centreOn(drawing.x(selected), drawing.y(selected), w, h);
            }
            redraw();
        }
    }
}
