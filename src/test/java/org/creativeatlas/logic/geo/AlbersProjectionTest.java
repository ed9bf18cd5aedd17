package org.creativeatlas.logic.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlbersProjectionTest {

    private final AlbersProjection albers = AlbersProjection.CENTRAL_ASIA;

    @Test
    void pointsComeBackFromAProjectionAndItsInverse() {
        for (double lon = 40; lon <= 100; lon += 2.5) {
            for (double lat = 30; lat <= 60; lat += 2.5) {
                double[] xy = albers.project(lon, lat);
                double[] back = albers.invert(xy[0], xy[1]);
                assertEquals(lon, back[0], 1e-9, "longitude of " + lon + ", " + lat);
                assertEquals(lat, back[1], 1e-9, "latitude of " + lon + ", " + lat);
            }
        }
    }

    @Test
    void theCentreIsTheOriginAndNorthIsUp() {
        double[] centre = albers.project(67, 44);
        assertEquals(0, centre[0], 1e-9);
        assertEquals(0, centre[1], 1e-9);
        assertTrue(albers.project(67, 50)[1] < 0, "north is up: y grows to the south, as on a screen");
        assertTrue(albers.project(80, 44)[0] > 0, "east is right");
    }

    @Test
    void distancesAlongTheStandardParallelAreTrue() {
        // on a standard parallel the scale is exact: one degree of longitude at 50° N is 111.195 km × cos 50°
        double[] a = albers.project(67, 50);
        double[] b = albers.project(68, 50);
        double chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
        assertEquals(111.195 * Math.cos(Math.toRadians(50)), chord, 0.05);
    }

    @Test
    void equalAreasStayEqualFromSouthToNorth() {
        // a one-degree cell at 35° N and one at 55° N: the projected areas keep the ratio of their true areas
        double south = cellArea(67, 35);
        double north = cellArea(67, 55);
        double trueRatio = (Math.sin(Math.toRadians(56)) - Math.sin(Math.toRadians(55)))
                / (Math.sin(Math.toRadians(36)) - Math.sin(Math.toRadians(35)));
        assertEquals(trueRatio, north / south, 1e-3);
    }

    private double cellArea(double lon, double lat) {
        double[][] corners = {albers.project(lon, lat), albers.project(lon + 1, lat), albers.project(lon + 1, lat + 1),
            albers.project(lon, lat + 1)};
        double area = 0;
        for (int i = 0; i < 4; i++) {
            double[] p = corners[i];
            double[] q = corners[(i + 1) % 4];
            area += p[0] * q[1] - q[0] * p[1];
        }
        return Math.abs(area) / 2;
    }
}
