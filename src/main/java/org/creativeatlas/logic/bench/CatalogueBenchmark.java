package org.creativeatlas.logic.bench;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.filter.CatalogueLoader;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;

/**
 * Measures what a researcher waits for on a large catalogue: storing it, opening it into table rows, the country
 * filter and the text search over every row, and the heap the rows take. Works on a synthetic catalogue
 * ({@link SyntheticCatalogue}) in a temporary folder that is deleted afterwards.
 */
public final class CatalogueBenchmark {

    /** Two countries, as a researcher comparing neighbours would pick. */
    static final Set<String> COUNTRIES = Set.of("KZ", "KG");
    /** Lower case, while many names hold it in capitals ("ҰЛТТЫҚ"): the search must fold Kazakh letters. */
    static final String SEARCH = "ұлттық";

    private static final int LOAD_WARMUPS = 2;
    private static final int LOAD_RUNS = 5;
    private static final int FILTER_WARMUPS = 10;
    private static final int FILTER_RUNS = 21;

    private final double scale;

    public CatalogueBenchmark(double scale) {
        this.scale = Scale.positive(scale);
    }

    /** Runs every measure, handing each to {@code report} as soon as it is known. */
    public void run(Consumer<Measure> report) {
        ScratchFolder.use(dir -> measure(dir, report));
    }

    private void measure(Path dir, Consumer<Measure> report) {
        // an untimed small build first, so the insert rate is not the JIT's warm-up
        try (Catalogue warmup = Catalogue.open(dir.resolve("warmup.db"))) {
            SyntheticCatalogue.fill(warmup, scale / 20);
        }
        Path file = dir.resolve("bench.db");
        try (Catalogue catalogue = Catalogue.open(file)) {
            long start = System.nanoTime();
            long rows = SyntheticCatalogue.fill(catalogue, scale);
            double seconds = (System.nanoTime() - start) / 1e9;
            report.accept(new Measure("insert_rows_per_s", rows / seconds, "rows/s"));
        }
        report.accept(new Measure("open_load_ms", Timing.medianMillis(LOAD_WARMUPS, LOAD_RUNS, () -> load(file).size()),
                "ms"));
        List<ActorRow> rows = load(file);
        report.accept(new Measure("loaded_rows", rows.size(), "rows"));
        ActorFilter byCountry = ActorFilter.NONE.withCountries(COUNTRIES);
        report.accept(new Measure("country_filter_ms",
                Timing.medianMillis(FILTER_WARMUPS, FILTER_RUNS, () -> count(rows, byCountry)), "ms"));
        report.accept(new Measure("country_filter_rows", count(rows, byCountry), "rows"));
        report.accept(new Measure("text_search_ms", Timing.medianMillis(FILTER_WARMUPS, FILTER_RUNS,
                () -> count(rows, ActorFilter.NONE.withText(SEARCH))), "ms"));
        report.accept(new Measure("text_search_rows", count(rows, ActorFilter.NONE.withText(SEARCH)), "rows"));
        MapBenchmark.run(rows, report);
        report.accept(new Measure("heap_mb", usedHeapMegabytes(), "MB"));
        // the rows must still be live when the heap is measured
        Reference.reachabilityFence(rows);
    }

    /** Opens the file and builds the rows the tables show, as the app does when it opens a catalogue. */
    private static List<ActorRow> load(Path file) {
        try (Catalogue catalogue = Catalogue.open(file)) {
            Map<ActorType, List<ActorRow>> byType = CatalogueLoader.load(catalogue);
            List<ActorRow> all = new ArrayList<>();
            byType.values().forEach(all::addAll);
            return all;
        }
    }

    /** What a table's filtered list does when the filter changes: test every row. */
    private static int count(List<ActorRow> rows, ActorFilter filter) {
        int n = 0;
        for (ActorRow row : rows) {
            if (filter.test(row)) {
                n++;
            }
        }
        return n;
    }

    private static double usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }
}
