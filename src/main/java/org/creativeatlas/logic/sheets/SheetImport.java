package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.store.Catalogue;

/**
 * Imports the actors of a sheet: {@link #preview} reads every row and reports problems without writing anything;
 * {@link #run} stores the good rows in one transaction through the store's batch insert, skipping bad rows or
 * refusing the whole sheet as the caller chooses.
 */
public final class SheetImport {

    public static final int PREVIEW_ROWS = 20;

    private SheetImport() {
    }

    public static ImportPreview preview(SheetTable table, ColumnMapping mapping) {
        List<RowResult> first = new ArrayList<>();
        ActorRows rows = new ActorRows(mapping);
        ProblemSummary.Builder summary = new ProblemSummary.Builder();
        for (int row = 0; row < table.size(); row++) {
            RowResult result = rows.read(table, row);
            summary.row(result.problems());
            if (row < PREVIEW_ROWS) {
                first.add(result);
            }
        }
        return new ImportPreview(table.headers(), first, summary.build());
    }

    public static SheetImportResult run(Catalogue catalogue, SheetTable table, ColumnMapping mapping, BadRows bad) {
        if (!mapping.maps(org.creativeatlas.model.ActorField.NAME)) {
            throw new SheetException("No column is mapped to the name: choose which column holds it.");
        }
        List<Actor> good = new ArrayList<>(table.size());
        ActorRows rows = new ActorRows(mapping);
        ProblemSummary.Builder summary = new ProblemSummary.Builder();
        for (int row = 0; row < table.size(); row++) {
            RowResult result = rows.read(table, row);
            summary.row(result.problems());
            if (result.ok()) {
                good.add(result.draft());
            }
        }
        ProblemSummary problems = summary.build();
        if (bad == BadRows.REFUSE_ALL && !problems.isClean()) {
            return new SheetImportResult(0, table.size(), 0, 0, problems, true);
        }
        catalogue.db().inTransaction(() -> {
            // numbered here so the whole sheet goes in through one prepared batch
            long next = catalogue.actors().maxId() + 1;
            List<Actor> numbered = new ArrayList<>(good.size());
            for (Actor a : good) {
                numbered.add(a.withId(next++));
            }
            catalogue.actors().insertAllWithIds(numbered);
        });
        return new SheetImportResult(good.size(), table.size() - good.size(), 0, 0, problems, false);
    }
}
