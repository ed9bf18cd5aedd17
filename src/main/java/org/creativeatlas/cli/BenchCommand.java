package org.creativeatlas.cli;

import org.creativeatlas.logic.bench.CatalogueBenchmark;
import org.creativeatlas.logic.bench.DataCareBenchmark;
import org.creativeatlas.logic.bench.ExtractionBenchmark;
import org.creativeatlas.logic.bench.GraphBenchmark;
import org.creativeatlas.logic.bench.ReportBenchmark;
import org.creativeatlas.logic.bench.ReviewStartBenchmark;
import org.creativeatlas.logic.bench.ServerBenchmark;
import org.creativeatlas.store.PasswordFile;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.logic.bench.SyntheticCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code bench}: builds a synthetic catalogue in a temporary file and times what the app does with it. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds a synthetic catalogue in a temporary file (" + SyntheticCatalogue.ORGANISATIONS
                + " organisations, " + SyntheticCatalogue.PEOPLE + " people and " + SyntheticCatalogue.EVENTS
                + " events at scale 1, with affiliations, participations and Kazakh, Russian and English names), "
                + "then prints one line per measure: bench <name> <value> <unit>.",
            "Measures: insert_rows_per_s (actors, links and name variants stored per second), open_load_ms (open the "
                + "file and build the table rows), country_filter_ms (two countries over all rows), text_search_ms "
                + "(a Kazakh word in any case over all rows), heap_mb (heap used by the loaded rows, after GC). Times "
                + "are medians after warm-up runs. review_first_candidates_ms: a " + ReviewStartBenchmark.PAGES
                + "-page text proposed into the seed catalogue as the import window does it (read, extracted, "
                + "matched), the first extraction of the process, name models read included. "
                + "extract_mb_per_s: actor extraction over a mixed English, Russian and Kazakh corpus of news-like "
                + "documents (10 MB at scale 1, smaller below) on its second pass; extract_first_pass_mb_per_s: "
                + "the first pass, which warms the JIT; "
                + "extract_one_line_mb_per_s: such documents as one single-line document (8 MB at scale 1); "
                + "extract_arabic_script_mb_per_s: a tenth of that corpus with its Cyrillic written in Arabic "
                + "letters, read as Kazakh in Arabic letters, first pass.",
            "graph_layout_ms: force layout of a synthetic network (5 000 actors, 20 000 edges at scale 1) from "
                + "scratch until it settles; betweenness_ms: exact betweenness of every actor of that network; "
                + "betweenness_sampled_ms: estimated from a sample of source actors, as the app does above 2 000 "
                + "actors.",
            "report_10k_ms: the mapping report (PDF, every section and the index) of " + ReportBenchmark.ACTORS
                + " synthetic actors at scale 1, laid out and saved.",
            "csv_import_rows_per_s: " + DataCareBenchmark.ORGANISATIONS + " organisations at scale 1 from a generated "
                + "CSV (Russian headers and labels) read, mapped, checked and stored into a new catalogue (median of "
                + "5 runs); if a sqlite3 program is on the PATH, sqlite3_import_rows_per_s: its .import of the same "
                + "file into a new database, and csv_import_ratio: our speed divided by it; duplicates_ms: duplicate "
                + "finding among " + DataCareBenchmark.PEOPLE + " generated people.",
            "Does not touch any catalogue: --db is ignored.",
            "With --server postgresql://user@host:port/db, times a team catalogue instead, in scratch databases made "
                + "and dropped on that server (the user must be allowed to create databases): server_open_load_ms, "
                + "edit_round_trip_ms (stored by one client, heard and reloaded by another), editors_writes_per_s, "
                + "editors_p50_ms and editors_p99_ms (20 editors for 10 s), server_csv_import_rows_per_s against "
                + "psql_copy_rows_per_s (psql's \\copy of the same file into the same table) and their ratio."})
final class BenchCommand extends Subcommand {

    private static final double MAX_SCALE = 10;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Size relative to the full benchmark, from 0.001 to " + MAX_SCALE
                    + " (default: ${DEFAULT-VALUE}; 0.01 for a quick run).")
    private double scale;

    @Option(names = "--server", paramLabel = "URL",
            description = "Time a team catalogue on this PostgreSQL server instead (see above).")
    private String server;

    @Override
    public Integer call() {
        if (!(scale >= 0.001 && scale <= MAX_SCALE)) {
            throw new ParameterException(spec.commandLine(), "--scale must be between 0.001 and " + MAX_SCALE
                    + ", not " + scale);
        }
        if (server != null) {
            ServerAddress address = ServerAddress.parse(server);
            new ServerBenchmark(address, PasswordFile.lookup(address).orElse(null), scale).run(measure -> {
                atlas.out().println(measure.line());
                atlas.out().flush();
            });
            return 0;
        }
        new CatalogueBenchmark(scale).run(measure -> {
            atlas.out().println(measure.line());
            atlas.out().flush();
        });
        // first of the extraction measures: it must meet the models unread and the extractor's code uncompiled
        new ReviewStartBenchmark().run(measure -> atlas.out().println(measure.line()));
        new ExtractionBenchmark(scale).run().forEach(measure -> atlas.out().println(measure.line()));
        atlas.out().println(new ExtractionBenchmark(scale).runOneLine().line());
        atlas.out().println(new ExtractionBenchmark(scale).runArabic().line());
        new GraphBenchmark(scale).run(measure -> {
            atlas.out().println(measure.line());
            atlas.out().flush();
        });
        new ReportBenchmark(scale).run(measure -> {
            atlas.out().println(measure.line());
            atlas.out().flush();
        });
        new DataCareBenchmark(scale).run(measure -> {
            atlas.out().println(measure.line());
            atlas.out().flush();
        });
        return 0;
    }
}
