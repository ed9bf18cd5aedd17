package org.creativeatlas.logic.sheets;

import java.util.List;

/**
 * A spreadsheet as text: its header cells and its data rows (blank rows dropped). Rows may be shorter or longer than
 * the header; {@link #cell} reads past the end as empty. {@code rowNumbers} are the rows' numbers in the file as a
 * spreadsheet program shows them (the header is row 1), for messages.
 */
public record SheetTable(List<String> headers, List<List<String>> rows, int[] rowNumbers) implements SheetRows {

    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        if (rowNumbers.length != rows.size()) {
            throw new IllegalArgumentException("one row number per row");
        }
    }

    /** A table whose rows follow the header one after another (as written by an export). */
    public static SheetTable of(List<String> headers, List<List<String>> rows) {
        int[] numbers = new int[rows.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i + 2;
        }
        return new SheetTable(headers, rows, numbers);
    }

    @Override
    public void forEach(Row each) {
        for (int i = 0; i < rows.size(); i++) {
            each.accept(rowNumbers[i], rows.get(i), (i + 1) / (double) rows.size());
        }
    }

    public int size() {
        return rows.size();
    }

    /** The stripped text of one cell; empty when the row is shorter. */
    public String cell(int row, int column) {
        List<String> cells = rows.get(row);
        if (column < 0 || column >= cells.size() || cells.get(column) == null) {
            return "";
        }
        return cells.get(column).strip();
    }

    /** The first {@code n} rows, for a preview. */
    public SheetTable head(int n) {
        int k = Math.min(n, rows.size());
        return new SheetTable(headers, rows.subList(0, k), java.util.Arrays.copyOf(rowNumbers, k));
    }
}
