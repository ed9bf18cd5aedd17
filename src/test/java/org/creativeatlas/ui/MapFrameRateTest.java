package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.creativeatlas.logic.bench.SyntheticCatalogue;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.filter.CatalogueLoader;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.map.MapCounts;
import org.creativeatlas.logic.map.MapLabels;
import org.creativeatlas.logic.map.MapScene;
import org.creativeatlas.logic.time.YearCounts;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.map.MapCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The map canvas on the benchmark catalogue (100 000 organisations, 50 000 people, 20 000 events), the whole region
 * in view at 1280 × 800. Prints three figures and asserts no speed: painting alone while panning (the FX thread's
 * share of a frame), frames completed per second when each pulse pans and repaints (capped by the 60 Hz pulse), and
 * the time from a filter change to its frame (counting every row, then painting).
 */
@ExtendWith(ApplicationExtension.class)
class MapFrameRateTest {

    private static final int FILTER_CHANGES = 9;

    @TempDir
    Path dir;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new MapCanvas(MapScene.of(MapCounts.EMPTY, new MapLabels("ru")));
        stage.setScene(new Scene(canvas, 1280, 800));
        stage.show();
    }

    @Test
    void panningAndFilteringTheBenchmarkCatalogue(FxRobot robot) throws InterruptedException {
        List<ActorRow> rows = new ArrayList<>();
        try (Catalogue catalogue = Catalogue.open(dir.resolve("bench.db"))) {
            SyntheticCatalogue.fill(catalogue, 1);
            CatalogueLoader.load(catalogue).values().forEach(rows::addAll);
        }
        CityGazetteer gazetteer = CityGazetteer.standard();
        MapCounts all = MapCounts.of(rows, ActorFilter.NONE, gazetteer);
        assertEquals(rows.size(), all.total());
        robot.interact(() -> {
            canvas.setScene(canvas.scene().withCounts(all));
            canvas.fit();
        });

        IntConsumer frame = i -> {
            canvas.panBy(i % 2 == 0 ? 6 : -6, 3);
            canvas.paintNow();
        };
        double paintMillis = PanFrames.paintMillis(robot, frame);
        double pulseFps = PanFrames.pulsesPerSecond(robot, frame);

        List<ActorFilter> filters = List.of(ActorFilter.NONE.withCountries(Set.of("KZ", "KG")),
                ActorFilter.NONE.withCountries(Set.of("UZ")).withYears(YearRange.parse("2015-2020")),
                ActorFilter.NONE);
        double[] redraw = new double[FILTER_CHANGES];
        double[] counting = new double[FILTER_CHANGES];
        robot.interact(() -> {
            for (int i = 0; i < FILTER_CHANGES; i++) {
                long start = System.nanoTime();
                MapCounts counts = MapCounts.of(rows, filters.get(i % filters.size()), gazetteer);
                counting[i] = (System.nanoTime() - start) / 1e6;
                canvas.setScene(canvas.scene().withCounts(counts));
                canvas.paintNow();
                redraw[i] = (System.nanoTime() - start) / 1e6;
            }
        });
        double[] timeline = new double[FILTER_CHANGES];
        for (int i = 0; i < FILTER_CHANGES; i++) {
            long start = System.nanoTime();
            YearCounts.of(rows, ActorRow::actor, filters.get(i % filters.size()).withYears(YearRange.ALL));
            timeline[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(timeline);
        Arrays.sort(redraw);
        Arrays.sort(counting);

        System.out.printf(Locale.ROOT, "map_pan_fps %d actors %d places: paint %.1f ms/frame (%.0f fps), pulses %.0f fps;"
                        + " filter change to frame median %.0f ms (counting %.0f ms), worst %.0f ms; the timeline's"
                        + " counting after it %.0f ms (software pipeline, headless)%n", rows.size(), all.places().size(),
                paintMillis, 1000 / paintMillis, pulseFps, redraw[FILTER_CHANGES / 2], counting[FILTER_CHANGES / 2],
                redraw[FILTER_CHANGES - 1], timeline[FILTER_CHANGES / 2]);
    }
}
