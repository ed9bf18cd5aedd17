package org.creativeatlas.logic.sheets;

import java.util.List;

/**
 * A sheet's header and its data rows handed over in order, so that an import can check and store rows while the
 * file is still being read. A {@link SheetTable} is one, held in memory; {@link CsvSheet#open} reads as it goes.
 */
public interface SheetRows {

    List<String> headers();

    /**
     * Hands every data row (blank rows left out) to {@code each}, in order; again from the first row if asked again
     * (an import's transaction that met the file busy runs again).
     */
    void forEach(Row each);

    /** One data row: its number in the file as a spreadsheet shows it, its cells, how much of the sheet is read. */
    @FunctionalInterface
    interface Row {
        void accept(int number, List<String> cells, double done);
    }
}
