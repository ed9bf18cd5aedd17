package org.creativeatlas.logic.sheets;

import org.creativeatlas.model.Problem;

/** What is wrong in one row: its number in the file, the column's header (null for the row as a whole), why. */
public record RowProblem(int rowNumber, String column, Problem problem) {
}
