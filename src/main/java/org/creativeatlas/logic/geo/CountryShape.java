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
}
