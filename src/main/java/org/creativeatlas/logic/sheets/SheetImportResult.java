package org.creativeatlas.logic.sheets;

import org.creativeatlas.model.IdRange;

/**
 * What an import did: rows stored, rows skipped, and for relationship sheets the actors created and matched.
 * {@code refused}: nothing was written because a row was bad and the caller chose {@link BadRows#REFUSE_ALL}.
 * {@code newActors} and {@code newLinks}: the ids the import stored (each import's rows are numbered one after
 * another), so that it can be undone.
 */
public record SheetImportResult(int imported, int skipped, int actorsCreated, int actorsMatched,
                                ProblemSummary problems, boolean refused, IdRange newActors, IdRange newLinks) {

    static SheetImportResult refused(int rows, ProblemSummary problems) {
        return new SheetImportResult(0, rows, 0, 0, problems, true, IdRange.EMPTY, IdRange.EMPTY);
    }
}
