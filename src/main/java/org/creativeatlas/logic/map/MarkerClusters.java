package org.creativeatlas.logic.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.creativeatlas.logic.geo.AlbersProjection;
import org.creativeatlas.logic.geo.Place;

/**
 * Turns the places with actors into markers at one zoom: a marker's area grows with its count (relative to the
 * place with most), and a place whose marker would overlap a bigger one's joins it. Largest first, so the capital
 * keeps its own marker and small towns around it fold in.
 */
public final class MarkerClusters {

    public static final double MIN_RADIUS = 4;
    public static final double MAX_RADIUS = 24;
    private static final double OVERLAP = 0.85;

    private MarkerClusters() {
    }

    /**
     * The markers of the places {@code shown} keeps; the others neither get one nor join one, so a country's own
     * city is never folded into a bigger one across the border. Sizes stay relative to the place with most of all.
     */
    public static List<Cluster> of(MapCounts counts, double scale, AlbersProjection projection,
                                   Predicate<Place> shown) {
        int most = counts.places().isEmpty() ? 1 : counts.places().get(0).total();
        List<Cluster> clusters = new ArrayList<>();
        double[] at = new double[2];
        for (PlaceCount place : counts.places()) {
            if (!shown.test(place.place())) {
                continue;
            }
            projection.project(place.place().longitude(), place.place().latitude(), at);
            double x = at[0] * scale;
            double y = at[1] * scale;
            double r = radius(place.total(), most);
            Cluster into = null;
            for (Cluster c : clusters) {
                if (Math.hypot(c.scaledX() - x, c.scaledY() - y) < (c.radius() + r) * OVERLAP) {
                    into = c;
                    break;
                }
            }
            if (into == null) {
                Cluster c = new Cluster(place, x, y);
                c.radius(r);
                clusters.add(c);
            } else {
                into.add(place);
                into.radius(radius(into.total(), most));
            }
        }
        return clusters;
    }

    /** Area in proportion to the count, from a dot for one actor to {@link #MAX_RADIUS} for the most. */
    static double radius(int count, int most) {
        double share = Math.min(1.6, Math.sqrt((double) count / Math.max(1, most)));
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share;
    }
}
