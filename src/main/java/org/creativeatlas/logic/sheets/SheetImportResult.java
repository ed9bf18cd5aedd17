package org.creativeatlas.logic.sheets;

/**
 * What an import did: rows stored, rows skipped, and for relationship sheets the actors created and matched.
 * {@code refused}: nothing was written because a row was bad and the caller chose {@link BadRows#REFUSE_ALL}.
 */
public record SheetImportResult(int imported, int skipped, int actorsCreated, int actorsMatched,
                                ProblemSummary problems, boolean refused) {
}
