package org.creativeatlas.logic.map;

import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.draw.LabelPlacer;
import org.creativeatlas.logic.draw.TypeColours;
import org.creativeatlas.logic.geo.AlbersProjection;
import org.creativeatlas.logic.geo.CountryShape;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;

/**
 * Paints a map scene through a pen: countries shaded by their count, borders and coasts, country names, a marker
 * per place (or cluster of places) split by actor type, place names with counts, then the legend and the notes.
 * Outlines are thinned on the fly to what the zoom can show (a point less than a pixel from the last one drawn is
 * skipped), so the 1:10m outlines cost little when the whole region is in view. Markers are clustered once per
 * zoom and reused while panning. The land and the rest can be painted apart, so a screen can keep the land as a
 * picture while panning. Not thread-safe: one painter per canvas or export.
 */
public final class MapPainter {

    /** Points closer than this (in pixels) to the last one kept are left out of an outline. */
    private static final double THIN = 0.8;
    private static final double COUNTRY_LABEL = 12;
    private static final double PLACE_LABEL = 10.5;
    /** Room between a marker and its label: a cell of the label grid, so a label is not refused for its own marker. */
    private static final double LABEL_GAP = 6;

    private final PathBuffer path = new PathBuffer();
    private final LabelPlacer placer = new LabelPlacer();
    private MapCounts clusteredCounts;
    private double clusteredScale;
    private Set<String> clusteredFocus = Set.of();
    private List<Cluster> clusters = List.of();

    public void paint(MapScene scene, MapView view, MapPen pen) {
        paintBase(scene, view, pen);
        paintOverlay(scene, view, pen);
    }

    /** The land under everything else: the sea, the countries in their shades, borders and coasts. */
    public void paintBase(MapScene scene, MapView view, MapPen pen) {
        pen.begin(view.width(), view.height(), MapStyle.SEA);
        countries(scene, view, pen, ClassBreaks.of(scene.counts().maxCountry()));
        lines(scene, view, pen);
    }

    /** What goes over the land: markers, names, the legend and notes. */
    public void paintOverlay(MapScene scene, MapView view, MapPen pen) {
        placer.reset(view.width(), view.height());
        ClassBreaks breaks = ClassBreaks.of(scene.counts().maxCountry());
        if (scene.legend()) {
            for (double[] box : new double[][] {MapLegend.bounds(scene, view, pen, breaks),
                MapLegend.noteBounds(scene, view, pen, breaks)}) {
                placer.take(box[0], box[1], box[0] + box[2], box[1] + box[3]);
            }
        }
        List<Cluster> shown = clusters(scene, view);
        markers(scene, view, pen, shown);
        // the places first: a country's name can move aside, a city's must stay by its marker
        placeNames(scene, view, pen, shown);
        countryNames(scene, view, pen);
        if (scene.legend()) {
            MapLegend.draw(scene, view, pen, breaks, path);
        }
    }

    /** The markers drawn at this zoom, largest first (for hovering and clicking). */
    public List<Cluster> clusters(MapScene scene, MapView view) {
        if (scene.counts() != clusteredCounts || view.scale() != clusteredScale
                || !scene.focus().equals(clusteredFocus)) {
            clusteredCounts = scene.counts();
            clusteredScale = view.scale();
            clusteredFocus = scene.focus();
            clusters = MarkerClusters.of(scene.counts(), view.scale(), AlbersProjection.CENTRAL_ASIA,
                    place -> scene.inFocus(place.country()));
        }
        return clusters;
    }

    private void countries(MapScene scene, MapView view, MapPen pen, ClassBreaks breaks) {
        for (CountryShape shape : scene.outlines().countries()) {
            if (!view.shows(shape.bounds())) {
                continue;
            }
            path.clear();
            for (float[] ring : shape.rings()) {
                trace(ring, view, true);
            }
            pen.fill(path, colour(scene, shape, breaks), 1);
        }
    }

    private static String colour(MapScene scene, CountryShape shape, ClassBreaks breaks) {
        if (!shape.isCountry() || !scene.inFocus(shape.code())) {
            return MapStyle.OUTSIDE_LAND;
        }
        int klass = breaks.classOf(scene.counts().country(shape.code()));
        if (klass < 0) {
            return Countries.CENTRAL_ASIA.contains(shape.code()) ? MapStyle.LAND : MapStyle.OUTSIDE_LAND;
        }
        return MapStyle.shade(klass, breaks.size());
    }

    private void lines(MapScene scene, MapView view, MapPen pen) {
        path.clear();
        for (float[] line : scene.outlines().lines()) {
            trace(line, view, false);
        }
        pen.stroke(path, MapStyle.BORDER, 0.8);
    }

    /** Adds a ring or line in screen coordinates, leaving out points that would not show. */
    private void trace(float[] xy, MapView view, boolean closed) {
        double scale = view.scale();
        double ox = view.offsetX();
        double oy = view.offsetY();
        double lastX = xy[0] * scale + ox;
        double lastY = xy[1] * scale + oy;
        path.moveTo(lastX, lastY);
        int n = xy.length / 2;
        for (int i = 1; i < n; i++) {
            double x = xy[2 * i] * scale + ox;
            double y = xy[2 * i + 1] * scale + oy;
            if (Math.abs(x - lastX) + Math.abs(y - lastY) >= THIN || i == n - 1) {
                path.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (closed) {
            path.close();
        }
    }

    private void markers(MapScene scene, MapView view, MapPen pen, List<Cluster> shown) {
        for (ActorType type : ActorType.values()) {
            path.clear();
            for (Cluster c : shown) {
                double x = c.scaledX() + view.offsetX();
                double y = c.scaledY() + view.offsetY();
                if (visible(view, x, y, c.radius()) && c.count(type) > 0) {
                    double start = -Math.PI / 2 + 2 * Math.PI * before(c, type) / c.total();
                    path.wedge(x, y, c.radius(), start, start + 2 * Math.PI * c.count(type) / c.total());
                }
            }
            if (!path.isEmpty()) {
                pen.fill(path, TypeColours.of(type), 1);
            }
        }
        path.clear();
        for (Cluster c : shown) {
            double x = c.scaledX() + view.offsetX();
            double y = c.scaledY() + view.offsetY();
            if (visible(view, x, y, c.radius())) {
                path.wedge(x, y, c.radius(), 0, 2 * Math.PI);
                placer.take(x - c.radius(), y - c.radius(), x + c.radius(), y + c.radius());
            }
        }
        pen.stroke(path, MapStyle.HALO, 1.2);
        ring(scene.hoveredPlace(), shown, view, pen, MapStyle.HOVERED, 2);
        ring(scene.selectedPlace(), shown, view, pen, MapStyle.SELECTED, 3);
    }

    private static int before(Cluster c, ActorType type) {
        int n = 0;
        for (ActorType t : ActorType.values()) {
            if (t == type) {
                return n;
            }
            n += c.count(t);
        }
        return n;
    }

    private void ring(long placeId, List<Cluster> shown, MapView view, MapPen pen, String colour, double width) {
        if (placeId < 0) {
            return;
        }
        for (Cluster c : shown) {
            if (c.contains(placeId)) {
                path.clear();
                path.wedge(c.scaledX() + view.offsetX(), c.scaledY() + view.offsetY(), c.radius() + width, 0,
                        2 * Math.PI);
                pen.stroke(path, colour, width);
            }
        }
    }

    private static boolean visible(MapView view, double x, double y, double r) {
        return x + r >= 0 && x - r <= view.width() && y + r >= 0 && y - r <= view.height();
    }

    private void countryNames(MapScene scene, MapView view, MapPen pen) {
        for (CountryShape shape : scene.outlines().countries()) {
            if (!shape.isCountry() || !view.shows(shape.bounds())) {
                continue;
            }
            boolean main = Countries.CENTRAL_ASIA.contains(shape.code()) && scene.inFocus(shape.code());
            double size = main ? COUNTRY_LABEL : COUNTRY_LABEL - 2;
            String name = scene.labels().country(shape.code());
            int count = scene.counts().country(shape.code());
            double x = view.screenX(shape.labelX());
            double y = view.screenY(shape.labelY());
            double w = pen.textWidth(name, size, main);
            double bottom = count > 0 ? size + 2 : 3;
            // below or above its place when a marker or a bigger label is there
            for (double shift : new double[] {0, 1.6 * size, -1.6 * size, 3.2 * size}) {
                if (placer.tryTake(x - w / 2 - 2, y + shift - size, x + w / 2 + 2, y + shift + bottom)) {
                    if (count > 0) {
                        path.clear();
                        path.rect(x - w / 2 - 2, y + shift - size, w + 4, size + bottom + 1);
                        pen.fill(path, MapStyle.HALO, 0.55);
                    }
                    pen.text(name, x - w / 2, y + shift, size, main, main ? MapStyle.INK : MapStyle.MUTED);
                    if (count > 0 && scene.inFocus(shape.code())) {
                        String n = String.valueOf(count);
                        pen.text(n, x - pen.textWidth(n, size - 1, false) / 2, y + shift + size + 1, size - 1, false,
                                MapStyle.INK);
                    }
                    break;
                }
            }
        }
    }

    private void placeNames(MapScene scene, MapView view, MapPen pen, List<Cluster> shown) {
        for (Cluster c : shown) {
            double x = c.scaledX() + view.offsetX();
            double y = c.scaledY() + view.offsetY();
            if (!visible(view, x, y, c.radius())) {
                continue;
            }
            String text = scene.labels().place(c.main().place())
                    + (c.members().size() > 1 ? " +" + (c.members().size() - 1) : "") + " · " + c.total();
            boolean strong = c.contains(scene.selectedPlace()) || c.contains(scene.hoveredPlace());
            double w = pen.textWidth(text, PLACE_LABEL, strong);
            double top = y - PLACE_LABEL * 0.8;
            double bottom = y + PLACE_LABEL * 0.4;
            // drawn 4 pixels from the marker, but a label grid cell clear of it is asked for
            double right = x + c.radius() + 4;
            double left = x - c.radius() - 4 - w;
            if (placer.tryTake(x + c.radius() + LABEL_GAP, top, right + w, bottom)) {
                label(pen, text, right, y + PLACE_LABEL * 0.35, strong);
            } else if (placer.tryTake(left, top, x - c.radius() - LABEL_GAP, bottom) || strong) {
                label(pen, text, strong && left < 0 ? right : left, y + PLACE_LABEL * 0.35, strong);
            }
        }
    }

    private void label(MapPen pen, String text, double x, double baseline, boolean strong) {
        path.clear();
        path.rect(x - 1.5, baseline - PLACE_LABEL * 0.95, pen.textWidth(text, PLACE_LABEL, strong) + 3,
                PLACE_LABEL * 1.25);
        pen.fill(path, MapStyle.HALO, 0.75);
        pen.text(text, x, baseline, PLACE_LABEL, strong, MapStyle.INK);
    }
}
