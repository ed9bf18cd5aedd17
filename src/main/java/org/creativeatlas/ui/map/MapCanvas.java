package org.creativeatlas.ui.map;

import java.util.List;
import java.util.Optional;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.creativeatlas.logic.geo.CountryShape;
import org.creativeatlas.logic.map.Cluster;
import org.creativeatlas.logic.map.MapPainter;
import org.creativeatlas.logic.map.MapPictures;
import org.creativeatlas.logic.map.MapScene;
import org.creativeatlas.logic.map.MapView;
import org.creativeatlas.ui.PaintOnPulse;
import org.creativeatlas.ui.PanZoom;

/**
 * The map on one canvas, with pan and zoom. Changes only mark the frame dirty; it is painted once at the next pulse
 * however many mouse events came in between. A resize fits the region again until it is panned or zoomed; after
 * that a resize keeps the centre.
 */
public final class MapCanvas extends Region implements PanZoom {

    private static final double HIT_SLACK = 3;
    /** How far in and out one may zoom, relative to the whole region fitted. */
    private static final double MAX_ZOOM = 40;
    private static final double MIN_ZOOM = 0.5;

    /** The land is kept as a picture this much larger than the view on every side, so panning only moves it. */
    private static final double BASE_MARGIN = 0.25;

    private final Canvas canvas = new Canvas();
    private final FxMapPen pen = new FxMapPen(canvas.getGraphicsContext2D());
    private final Canvas baseCanvas = new Canvas();
    private final FxMapPen basePen = new FxMapPen(baseCanvas.getGraphicsContext2D());
    private final SnapshotParameters snapshot = new SnapshotParameters();
    private WritableImage base;
    private MapView baseView;
    private MapScene baseScene;
    private final MapPainter painter = new MapPainter();
    private MapScene scene;
    private MapView view = new MapView(1, 0, 0, 0, 0);
    private double fittedScale = 1;
    /** Whether the region is shown whole as fitted, not yet panned or zoomed: a resize fits it again. */
    private boolean fitted;
    private final PaintOnPulse pulse = new PaintOnPulse(this::paintNow);

    public MapCanvas(MapScene scene) {
        this.scene = scene;
        getChildren().add(canvas);
        setId("mapCanvas");
        setFocusTraversable(true);
        setMinSize(0, 0);
    }

    public MapScene scene() {
        return scene;
    }

    public void setScene(MapScene next) {
        scene = next;
        redraw();
    }

    public MapView view() {
        return view;
    }

    /** Shows the five countries of the region whole. */
    @Override
    public void fit() {
        fitted = true;
        view = MapPictures.fitted(scene, getWidth(), getHeight());
        fittedScale = view.scale();
        redraw();
    }

    @Override
    public void zoomAt(double x, double y, double factor) {
        fitted = false;
        double target = Math.max(fittedScale * MIN_ZOOM, Math.min(fittedScale * MAX_ZOOM, view.scale() * factor));
        view = view.zoomedAt(x, y, target / view.scale());
        redraw();
    }

    @Override
    public void panBy(double dx, double dy) {
        fitted = false;
        view = view.panned(dx, dy);
        redraw();
    }

    /** The marker under a point of this node, if any. */
    public Optional<Cluster> clusterAt(double x, double y) {
        List<Cluster> clusters = painter.clusters(scene, view);
        Cluster best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Cluster c : clusters) {
            double d = Math.hypot(c.scaledX() + view.offsetX() - x, c.scaledY() + view.offsetY() - y);
            if (d <= c.radius() + HIT_SLACK && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The country under a point of this node, if any. */
    public Optional<String> countryAt(double x, double y) {
        double wx = view.worldX(x);
        double wy = view.worldY(y);
        return scene.outlines().countries().stream().filter(CountryShape::isCountry).filter(c -> c.contains(wx, wy))
                .map(CountryShape::code).findFirst();
    }

    /** Where a place's marker is drawn now, in this node's coordinates; empty if it has none. */
    public Optional<javafx.geometry.Point2D> markerOf(long placeId) {
        return painter.clusters(scene, view).stream().filter(c -> c.contains(placeId)).findFirst()
                .map(c -> new javafx.geometry.Point2D(c.scaledX() + view.offsetX(), c.scaledY() + view.offsetY()));
    }

    public void redraw() {
        pulse.request();
    }

    /** Paints the frame at once (the frame-rate test times this). */
    public void paintNow() {
        pulse.painted();
        if (view.width() < 1 || view.height() < 1) {
            return; // not laid out yet
        }
        if (!baseCovers()) {
            paintBase();
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // clearing the whole canvas also drops the drawing commands of earlier frames not yet rendered
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.drawImage(base, view.offsetX() - baseView.offsetX(), view.offsetY() - baseView.offsetY());
        painter.paintOverlay(scene, view, pen);
    }

    /** Whether the kept picture of the land is of this zoom and these counts and covers the whole view. */
    private boolean baseCovers() {
        if (base == null || baseScene == null || baseScene.counts() != scene.counts()
                || baseView.scale() != view.scale()) {
            return false;
        }
        double dx = view.offsetX() - baseView.offsetX();
        double dy = view.offsetY() - baseView.offsetY();
        return dx <= 0 && dy <= 0 && dx + baseView.width() >= view.width() && dy + baseView.height() >= view.height();
    }

    private void paintBase() {
        double mx = Math.ceil(view.width() * BASE_MARGIN);
        double my = Math.ceil(view.height() * BASE_MARGIN);
        baseView = new MapView(view.scale(), view.offsetX() + mx, view.offsetY() + my, view.width() + 2 * mx,
                view.height() + 2 * my);
        baseScene = scene;
        baseCanvas.setWidth(baseView.width());
        baseCanvas.setHeight(baseView.height());
        painter.paintBase(scene, baseView, basePen);
        if (base == null || base.getWidth() != baseView.width() || base.getHeight() != baseView.height()) {
            base = new WritableImage((int) baseView.width(), (int) baseView.height());
        }
        baseCanvas.snapshot(snapshot, base);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if ((fitted || view.width() < 1) && w > 0 && h > 0) {
                fit();
            } else {
                view = view.resized(w, h);
            }
            redraw();
        }
    }
}
