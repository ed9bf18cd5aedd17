package org.creativeatlas.logic.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.map.GraphicsMapPen;
import org.creativeatlas.logic.map.MapCounts;
import org.creativeatlas.logic.map.MapLabels;
import org.creativeatlas.logic.map.MapPainter;
import org.creativeatlas.logic.map.MapPictures;
import org.creativeatlas.logic.map.MapScene;
import org.creativeatlas.logic.map.MapView;
import org.creativeatlas.logic.time.YearCounts;

/**
 * Times the map on the loaded catalogue: counting the actors a filter shows per country and city (what the map does
 * after every filter change), and painting a frame of 1280 × 800 with Java 2D (the PNG export's pen; the screen's
 * frame rate is measured by a headless UI test).
 */
final class MapBenchmark {

    private static final int WARMUPS = 5;
    private static final int RUNS = 11;

    private MapBenchmark() {
    }

    static void run(List<ActorRow> rows, Consumer<Measure> report) {
        CityGazetteer gazetteer = CityGazetteer.standard();
        ActorFilter filter = ActorFilter.NONE.withCountries(CatalogueBenchmark.COUNTRIES);
        report.accept(new Measure("map_counts_ms", Timing.medianMillis(WARMUPS, RUNS,
                () -> MapCounts.of(rows, filter, gazetteer).total()), "ms"));
        report.accept(new Measure("timeline_counts_ms", Timing.medianMillis(WARMUPS, RUNS,
                () -> YearCounts.of(rows, ActorRow::actor, filter).years().size()), "ms"));
        MapScene scene = MapScene.of(MapCounts.of(rows, ActorFilter.NONE, gazetteer), new MapLabels("kk"));
        MapView view = MapPictures.fitted(scene, 1280, 800);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        MapPainter painter = new MapPainter();
        report.accept(new Measure("map_paint_ms", Timing.medianMillis(WARMUPS, RUNS, () -> {
            Graphics2D g = image.createGraphics();
            try {
                painter.paint(scene, view, new GraphicsMapPen(g));
            } finally {
                g.dispose();
            }
            return scene.counts().places().size();
        }), "ms"));
        report.accept(new Measure("map_places", scene.counts().places().size(), "places"));
    }
}
