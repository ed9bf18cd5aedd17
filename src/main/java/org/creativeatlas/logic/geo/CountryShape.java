package org.creativeatlas.logic.geo;

import java.util.List;

/**
 * One country's outline on the map, projected: its rings as x, y pairs in world kilometres (outer rings and holes,
 * which run the other way round, to be filled non-zero), its bounds {minX, minY, maxX, maxY} and where its name goes. {@code code} is the ISO
 * code, or "--" for a disputed area that belongs to no country.
 */
public record CountryShape(String code, List<float[]> rings, double[] bounds, double labelX, double labelY) {

    public CountryShape {
        rings = List.copyOf(rings);
    }

    public boolean isCountry() {
        return !code.equals("--");
    }

    /** Whether a world point is inside (non-zero winding over every ring, so holes are outside). */
    public boolean contains(double x, double y) {
        if (x < bounds[0] || x > bounds[2] || y < bounds[1] || y > bounds[3]) {
            return false;
        }
        int winding = 0;
        for (float[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yj <= y) != (yi <= y)) {
                    double cross = (xi - xj) * (y - yj) - (x - xj) * (yi - yj);
                    winding += yi > yj ? (cross > 0 ? 1 : 0) : (cross < 0 ? -1 : 0);
                }
            }
        }
        return winding != 0;
    }
}
