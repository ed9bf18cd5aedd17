package org.creativeatlas.logic.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bundled outlines hold the partner countries next to the region whole, not cut off at a meridian. */
class RegionOutlinesTest {

    private final RegionOutlines outlines = RegionOutlines.standard();

    private boolean inside(String code, double longitude, double latitude) {
        double[] xy = AlbersProjection.CENTRAL_ASIA.project(longitude, latitude);
        return outlines.country(code).orElseThrow().contains(xy[0], xy[1]);
    }

    @Test
    void turkeyReachesItsWesternCoast() {
        assertTrue(inside("TR", 28.98, 41.01), "Istanbul");
        assertTrue(inside("TR", 27.14, 38.42), "Izmir");
        assertTrue(inside("TR", 32.85, 39.93), "Ankara");
    }

    @Test
    void theCaucasusAndTheRegionAreWholeToo() {
        assertTrue(inside("GE", 41.64, 41.64), "Batumi");
        assertTrue(inside("AZ", 49.87, 40.41), "Baku");
        assertTrue(inside("KZ", 51.92, 47.10), "Atyrau");
        assertTrue(inside("UA", 30.52, 50.45), "Kyiv");
    }
}
