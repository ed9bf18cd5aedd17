package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.IdRange;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.ActorBulkInsert;
import org.creativeatlas.store.Catalogue;

/**
 * Imports the actors of a sheet: {@link #preview} reads every row and reports problems without writing anything;
 * {@link #run} stores the good rows in one transaction, skipping bad rows or refusing the whole sheet as the caller
 * chooses. Rows are read, checked and made ready to bind on one thread while the rows before them are stored on the
 * caller's.
 */
public final class SheetImport {

    public static final int PREVIEW_ROWS = 20;

    private SheetImport() {
    }

    public static ImportPreview preview(SheetTable table, ColumnMapping mapping) {
        List<RowResult> first = new ArrayList<>();
        ActorRows rows = new ActorRows(mapping, table.headers());
        ProblemSummary.Builder summary = new ProblemSummary.Builder();
        table.forEach((number, cells, done) -> {
            RowResult result = rows.read(number, cells);
            summary.row(result.problems());
            if (first.size() < PREVIEW_ROWS) {
                first.add(result);
            }
        });
        return new ImportPreview(table.headers(), first, summary.build());
    }

    public static SheetImportResult run(Catalogue catalogue, SheetRows sheet, ColumnMapping mapping, BadRows bad) {
        return run(catalogue, sheet, mapping, bad, done -> { });
    }

    /** Imports the sheet, telling {@code progress} how much of it is stored (0 to 1) after each few thousand rows. */
    public static SheetImportResult run(Catalogue catalogue, SheetRows sheet, ColumnMapping mapping, BadRows bad,
                                        DoubleConsumer progress) {
        if (!mapping.maps(ActorField.NAME)) {
            throw new SheetException(Problem.of("sheet.error.no_name"));
        }
        try {
            return catalogue.db().inTransaction(() -> store(catalogue, sheet, mapping, bad, progress));
        } catch (Refused e) {
            return SheetImportResult.refused(e.problems.rows(), e.problems);
        }
    }

    /** One run of the transaction; everything starts afresh, as it runs again if it met the file busy part-way. */
    private static SheetImportResult store(Catalogue catalogue, SheetRows sheet, ColumnMapping mapping, BadRows bad,
                                           DoubleConsumer progress) {
        ActorRows rows = new ActorRows(mapping, sheet.headers());
        ProblemSummary.Builder summary = new ProblemSummary.Builder();
        Set<ActorField> filled = EnumSet.noneOf(ActorField.class);
        mapping.fields().stream().filter(Objects::nonNull).forEach(filled::add);
        // ids are handed out chunk by chunk, one range for the whole import (see ActorDao#reserveIds)
        long[] first = {0};
        int[] stored = {0};
        ActorBulkInsert insert = catalogue.actors().bulkInsert(mapping.type(), filled);
        ChunkPipe.<Object[]>run(sink -> sheet.forEach((number, cells, done) -> {
            RowResult result = rows.read(number, cells);
            summary.row(result.problems());
            if (result.ok()) {
                sink.accept(insert.row(result.draft()), done);
            }
        }), chunk -> {
            long firstOfChunk = insert.insert(chunk.items());
            if (stored[0] == 0) {
                first[0] = firstOfChunk;
            }
            stored[0] += chunk.items().size();
            progress.accept(chunk.done());
        });
        ProblemSummary problems = summary.build();
        if (bad == BadRows.REFUSE_ALL && !problems.isClean()) {
            throw new Refused(problems);
        }
        return new SheetImportResult(stored[0], problems.rows() - stored[0], 0, 0, problems, false,
                new IdRange(first[0], first[0] + stored[0] - 1), IdRange.EMPTY);
    }

    /** Rolls the import back: a row was bad and the caller asked for all or nothing. */
    private static final class Refused extends RuntimeException {
        private final transient ProblemSummary problems;

        Refused(ProblemSummary problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }
}
