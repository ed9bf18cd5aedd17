package org.creativeatlas.logic.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.filter.CatalogueLoader;
import org.creativeatlas.logic.sheets.BadRows;
import org.creativeatlas.logic.sheets.HeaderGuess;
import org.creativeatlas.logic.sheets.SheetFiles;
import org.creativeatlas.logic.sheets.SheetImport;
import org.creativeatlas.logic.sheets.SheetRows;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ChangeFeed;
import org.creativeatlas.store.ScratchDatabases;
import org.creativeatlas.store.ServerAddress;

/**
 * What a team catalogue on a PostgreSQL server costs, in scratch databases made and dropped on that server:
 * server_open_load_ms (connect and build the table rows of the synthetic catalogue), edit_round_trip_ms (one
 * client stores an edit, another hears it and has the row reloaded), editors_writes_per_s and editors_p50_ms /
 * editors_p99_ms (twenty editors adding and editing at once), server_csv_import_rows_per_s against
 * psql_copy_rows_per_s (psql's \copy of the same file into the same table) and their ratio.
 */
public final class ServerBenchmark {

    private static final int LOAD_RUNS = 3;
    private static final int ROUND_TRIPS = 50;
    private static final int CSV_RUNS = 3;

    private final ServerAddress server;
    private final char[] password;
    private final double scale;

    public ServerBenchmark(ServerAddress server, char[] password, double scale) {
        this.server = server;
        this.password = password;
        this.scale = Scale.positive(scale);
    }

    public void run(Consumer<Measure> report) {
        ServerAddress db = ScratchDatabases.create(server, password, "bench");
        try {
            try (Catalogue catalogue = Catalogue.connect(db, password)) {
                long start = System.nanoTime();
                long rows = SyntheticCatalogue.fill(catalogue, scale);
                report.accept(new Measure("server_insert_rows_per_s", rows / ((System.nanoTime() - start) / 1e9),
                        "rows/s"));
            }
            report.accept(new Measure("server_open_load_ms", Timing.medianMillis(1, LOAD_RUNS, () -> load(db)), "ms"));
            roundTrips(db, report);
        } finally {
            ScratchDatabases.drop(server, password, db);
        }
        // the editors start on an empty catalogue of their own, as the server test does
        ServerAddress shared = ScratchDatabases.create(server, password, "editors");
        try {
            EditorsLoad.Result editors = EditorsLoad.run(() -> Catalogue.connect(shared, password), 20,
                    Duration.ofSeconds(10), 7);
            report.accept(new Measure("editors_writes_per_s", editors.writesPerSecond(), "writes/s"));
            report.accept(new Measure("editors_p50_ms", editors.percentileMillis(0.5), "ms"));
            report.accept(new Measure("editors_p99_ms", editors.percentileMillis(0.99), "ms"));
            report.accept(new Measure("editors_conflicts", editors.conflicts(), "conflicts"));
        } finally {
            ScratchDatabases.drop(server, password, shared);
        }
        ScratchFolder.use(dir -> csv(dir, report));
    }

    private int load(ServerAddress db) {
        try (Catalogue catalogue = Catalogue.connect(db, password)) {
            return CatalogueLoader.load(catalogue).values().stream().mapToInt(List::size).sum();
        }
    }

    /** Edits in one client until the other has the row as stored: median and 95th percentile. */
    private void roundTrips(ServerAddress db, Consumer<Measure> report) {
        BlockingQueue<Set<Long>> heard = new LinkedBlockingQueue<>();
        try (Catalogue writer = Catalogue.connect(db, password); Catalogue reader = Catalogue.connect(db, password)) {
            reader.changes().start(new ChangeFeed.Listener() {
                @Override
                public void changed(ChangeFeed.Changes changes) {
                    heard.add(changes.actors());
                }

                @Override
                public void state(ChangeFeed.State state, int caughtUp) {
                    // connected: the edits below are heard live
                }
            });
            CatalogueEditor editor = new CatalogueEditor(writer);
            long id = editor.add(ActorType.ORGANISATION, "Round trip").id();
            waitFor(heard, id);
            double[] millis = new double[ROUND_TRIPS];
            for (int i = 0; i < ROUND_TRIPS; i++) {
                long start = System.nanoTime();
                editor.edit(id, ActorField.NOTES, "edit " + i);
                waitFor(heard, id);
                ActorRow row = CatalogueLoader.reload(reader, id);
                if (!("edit " + i).equals(row.actor().notes())) {
                    throw new IllegalStateException("the second client did not see edit " + i);
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            report.accept(new Measure("edit_round_trip_ms", millis[ROUND_TRIPS / 2], "ms"));
            report.accept(new Measure("edit_round_trip_p95_ms", millis[(int) (ROUND_TRIPS * 0.95)], "ms"));
        }
    }

    private static void waitFor(BlockingQueue<Set<Long>> heard, long id) {
        try {
            for (;;) {
                Set<Long> ids = heard.poll(5, TimeUnit.SECONDS);
                if (ids == null) {
                    throw new IllegalStateException("the second client heard nothing within 5 s");
                }
                if (ids.contains(id)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Our CSV import (read, map, check, COPY) and psql's \copy of the same file into the same table, in turns. */
    private void csv(Path dir, Consumer<Measure> report) throws IOException {
        int rows = Math.max(100, (int) (DataCareBenchmark.ORGANISATIONS * scale));
        Path csv = writeCsv(dir.resolve("organisations.csv"), rows);
        Optional<PsqlCopy> psql = PsqlCopy.find();
        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        for (int run = 0; run < CSV_RUNS + 1; run++) {
            double mine = timeOurs(csv, rows);
            double shell = psql.map(p -> timePsql(p, csv)).orElse(0.0);
            if (run > 0) {
                ours.add(mine);
                theirs.add(shell);
            }
        }
        double oursMedian = median(ours);
        report.accept(new Measure("server_csv_import_rows_per_s", rows / (oursMedian / 1000), "rows/s"));
        if (psql.isPresent()) {
            double psqlMedian = median(theirs);
            report.accept(new Measure("psql_copy_rows_per_s", rows / (psqlMedian / 1000), "rows/s"));
            report.accept(new Measure("server_csv_import_ratio", psqlMedian / oursMedian, "x"));
        }
    }

    private double timeOurs(Path csv, int rows) {
        ServerAddress db = ScratchDatabases.create(server, password, "csv");
        try (Catalogue catalogue = Catalogue.connect(db, password)) {
            SheetRows sheet = SheetFiles.open(csv);
            long start = System.nanoTime();
            int imported = SheetImport.run(catalogue, sheet,
                    HeaderGuess.actors(ActorType.ORGANISATION, sheet.headers()), BadRows.SKIP).imported();
            double ms = (System.nanoTime() - start) / 1e6;
            if (imported != rows) {
                throw new IllegalStateException("the CSV benchmark stored " + imported + " of " + rows + " rows");
            }
            return ms;
        } finally {
            ScratchDatabases.drop(server, password, db);
        }
    }

    private double timePsql(PsqlCopy psql, Path csv) {
        ServerAddress db = ScratchDatabases.create(server, password, "psql");
        try {
            Catalogue.connect(db, password).close();
            long start = System.nanoTime();
            psql.copy(db, password, csv, "actor", "type, name, kind, country, city, status, start_year, website");
            return (System.nanoTime() - start) / 1e6;
        } finally {
            ScratchDatabases.drop(server, password, db);
        }
    }

    /** Organisations in codes, as both loaders read them: our import maps its headers, psql takes the columns. */
    private static Path writeCsv(Path file, int rows) throws IOException {
        String[] kinds = {"creative_hub", "university", "museum", "company", "ngo"};
        String[] countries = {"KZ", "KG", "UZ", "TJ", "TM"};
        String[] cities = {"Алматы", "Бишкек", "Ташкент", "Душанбе", "Ашхабад"};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // psql fills the type column; our import, told the type, leaves a column it does not know by that name
            out.write("actor,name,kind,country,city,status,start_year,website\n");
            for (int i = 0; i < rows; i++) {
                out.write("organisation,\"Креативтік хаб «Шаңырақ» " + i + "\"," + kinds[i % kinds.length] + ","
                        + countries[i % countries.length] + "," + cities[i % cities.length] + ","
                        + (i % 10 == 0 ? "closed" : "active") + "," + (1950 + i % 70) + ","
                        + (i % 2 == 0 ? "https://org" + i + ".example.kz" : "") + "\n");
            }
        }
        return file;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
