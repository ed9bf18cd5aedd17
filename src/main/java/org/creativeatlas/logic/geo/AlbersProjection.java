package org.creativeatlas.logic.geo;

/**
 * The Albers equal-area conic projection on a sphere: areas keep their proportions, which a map shaded by counts per
 * country needs (Mercator would make Kazakhstan's north look twice its size). World coordinates are kilometres, x
 * to the east and y to the south (as on a screen), with the origin at the centre of projection.
 */
public final class AlbersProjection {

    /** Central Asia: standard parallels 38° and 50° N, centred on 67° E, 44° N. */
    public static final AlbersProjection CENTRAL_ASIA = new AlbersProjection(67, 44, 38, 50);

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final double centralMeridian;
    private final double n;
    private final double c;
    private final double rho0;

    public AlbersProjection(double centralMeridian, double originLatitude, double parallel1, double parallel2) {
        double phi1 = Math.toRadians(parallel1);
        double phi2 = Math.toRadians(parallel2);
        this.centralMeridian = Math.toRadians(centralMeridian);
        this.n = (Math.sin(phi1) + Math.sin(phi2)) / 2;
        this.c = Math.cos(phi1) * Math.cos(phi1) + 2 * n * Math.sin(phi1);
        this.rho0 = rho(Math.toRadians(originLatitude));
    }

    private double rho(double phi) {
        return EARTH_RADIUS_KM * Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
    }

    /** Projects a point; {@code out} receives x and y (km) and is returned. */
    public double[] project(double longitude, double latitude, double[] out) {
        double rho = rho(Math.toRadians(latitude));
        double theta = n * (Math.toRadians(longitude) - centralMeridian);
        out[0] = rho * Math.sin(theta);
        out[1] = -(rho0 - rho * Math.cos(theta));
        return out;
    }

    public double[] project(double longitude, double latitude) {
        return project(longitude, latitude, new double[2]);
    }

    /** The longitude and latitude (degrees) of a world point. */
    public double[] invert(double x, double y) {
        double northing = -y;
        double dy = rho0 - northing;
        double rho = Math.hypot(x, dy);
        double theta = Math.atan2(x, dy);
        double k = rho * n / EARTH_RADIUS_KM;
        double phi = Math.asin(Math.max(-1, Math.min(1, (c - k * k) / (2 * n))));
        return new double[] {Math.toDegrees(centralMeridian + theta / n), Math.toDegrees(phi)};
    }
}
