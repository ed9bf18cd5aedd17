package org.creativeatlas.logic.bench;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.creativeatlas.logic.report.ReportDocument;
import org.creativeatlas.logic.report.ReportListener;
import org.creativeatlas.logic.report.ReportOptions;
import org.creativeatlas.logic.report.ReportWriter;
import org.creativeatlas.store.Catalogue;

/**
 * Times the mapping report of 10 000 actors (at scale 1) of the synthetic catalogue: reading the selection, laying
 * out every page and saving the PDF with its fonts subset, as the report command does.
 */
public final class ReportBenchmark {

    public static final int ACTORS = 10_000;

    private static final int WARMUPS = 1;
    private static final int RUNS = 3;

    private final double scale;

    public ReportBenchmark(double scale) {
        this.scale = Scale.positive(scale);
    }

    public void run(Consumer<Measure> report) {
        ScratchFolder.use(dir -> measure(dir, report));
    }

    private void measure(Path dir, Consumer<Measure> report) {
        int perScale = SyntheticCatalogue.ORGANISATIONS + SyntheticCatalogue.PEOPLE + SyntheticCatalogue.EVENTS;
        try (Catalogue catalogue = Catalogue.open(dir.resolve("report.db"))) {
            SyntheticCatalogue.fill(catalogue, ACTORS * scale / perScale);
            Path pdf = dir.resolve("report.pdf");
            ReportOptions options = ReportOptions.of("kk");
            report.accept(new Measure("report_10k_ms", Timing.medianMillis(WARMUPS, RUNS, () -> {
                ReportWriter.write(catalogue, options, pdf, ReportListener.NONE);
                return (int) catalogue.actors().count();
            }), "ms"));
            try (ReportDocument laidOut = ReportWriter.layout(catalogue, options, ReportListener.NONE)) {
                report.accept(new Measure("report_actors", catalogue.actors().count(), "actors"));
                report.accept(new Measure("report_pages", laidOut.pageCount(), "pages"));
            }
        }
    }
}
