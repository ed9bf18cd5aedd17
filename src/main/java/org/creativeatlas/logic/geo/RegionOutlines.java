package org.creativeatlas.logic.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region's country outlines (Natural Earth 1:10m, clipped to longitude 25–100°, latitude 30–60°) and the lines of
 * its borders and coasts, projected once with {@link AlbersProjection#CENTRAL_ASIA}. Immutable reference data, read
 * once from {@code outlines-10m.txt}.
 */
public final class RegionOutlines {

    private static final double DEGREES_PER_UNIT = 0.01;
    private static final RegionOutlines STANDARD = read();

    private final Map<String, CountryShape> countries;
    private final List<float[]> lines;
    private final double[] bounds;
    private final int points;

    private RegionOutlines(Map<String, CountryShape> countries, List<float[]> lines, int points) {
        this.countries = countries;
        this.lines = List.copyOf(lines);
        this.points = points;
        double[] box = emptyBounds();
        countries.values().forEach(c -> grow(box, c.bounds()));
        this.bounds = box;
    }

    public static RegionOutlines standard() {
        return STANDARD;
    }

    /** Every country drawn, the region's five first, by code. */
    public List<CountryShape> countries() {
        return List.copyOf(countries.values());
    }

    public Optional<CountryShape> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    /** Borders and coasts, each drawn once, as x, y pairs. */
    public List<float[]> lines() {
        return lines;
    }

    /** The whole drawing's bounds {minX, minY, maxX, maxY}. */
    public double[] bounds() {
        return bounds.clone();
    }

    /** The bounds of some countries together; the whole drawing if none of them is drawn. */
    public double[] bounds(Iterable<String> codes) {
        double[] box = emptyBounds();
        for (String code : codes) {
            country(code).ifPresent(c -> grow(box, c.bounds()));
        }
        return box[0] > box[2] ? bounds() : box;
    }

    /** How many points the outlines and lines hold. */
    public int pointCount() {
        return points;
    }

    static double[] emptyBounds() {
        return new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    }

    static void grow(double[] box, double[] other) {
        box[0] = Math.min(box[0], other[0]);
        box[1] = Math.min(box[1], other[1]);
        box[2] = Math.max(box[2], other[2]);
        box[3] = Math.max(box[3], other[3]);
    }

    private static RegionOutlines read() {
        AlbersProjection projection = AlbersProjection.CENTRAL_ASIA;
        Map<String, List<float[]>> rings = new LinkedHashMap<>();
        Map<String, double[]> labels = new LinkedHashMap<>();
        List<float[]> lines = new ArrayList<>();
        int points = 0;
        String current = null;
        try (var in = RegionOutlines.class.getResourceAsStream("outlines-10m.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("country ")) {
                    String[] c = line.split(" ");
                    current = c[1];
                    labels.put(current, projection.project(Double.parseDouble(c[2]), Double.parseDouble(c[3])));
                    rings.put(current, new ArrayList<>());
                } else if (line.startsWith("ring ")) {
                    float[] ring = decode(line.substring(5), projection);
                    rings.get(current).add(ring);
                    points += ring.length / 2;
                } else if (line.startsWith("line ")) {
                    float[] run = decode(line.substring(5), projection);
                    lines.add(run);
                    points += run.length / 2;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, CountryShape> shapes = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(org.creativeatlas.model.Countries.CENTRAL_ASIA);
        rings.keySet().stream().filter(c -> !order.contains(c)).forEach(order::add);
        for (String code : order) {
            if (rings.containsKey(code)) {
                double[] at = labels.get(code);
                shapes.put(code, new CountryShape(code, rings.get(code), boundsOf(rings.get(code)), at[0], at[1]));
            }
        }
        return new RegionOutlines(shapes, lines, points);
    }

    /** A ring or line: the first point absolute, the rest as differences, in hundredths of a degree. */
    private static float[] decode(String text, AlbersProjection projection) {
        String[] pairs = text.split(" ");
        float[] xy = new float[pairs.length * 2];
        double[] out = new double[2];
        long lon = 0;
        long lat = 0;
        for (int i = 0; i < pairs.length; i++) {
            int comma = pairs[i].indexOf(',');
            lon += Long.parseLong(pairs[i], 0, comma, 10);
            lat += Long.parseLong(pairs[i], comma + 1, pairs[i].length(), 10);
            projection.project(lon * DEGREES_PER_UNIT, lat * DEGREES_PER_UNIT, out);
            xy[2 * i] = (float) out[0];
            xy[2 * i + 1] = (float) out[1];
        }
        return xy;
    }

    private static double[] boundsOf(List<float[]> rings) {
        double[] box = emptyBounds();
        for (float[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                grow(box, new double[] {ring[i], ring[i + 1], ring[i], ring[i + 1]});
            }
        }
        return box;
    }
}
