package org.creativeatlas.logic.sheets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.creativeatlas.logic.FileReplacer;
import org.creativeatlas.model.Problem;

/**
 * Writes a sheet to a file by its extension (.xlsx a workbook, anything else CSV): under a temporary name beside
 * it first and moved into place only when complete, so a failed export never leaves half a file or spoils the old
 * one.
 */
public final class SheetExport {

    private SheetExport() {
    }

    public static void write(SheetTable table, String sheetName, Path target) {
        boolean xlsx = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        try {
            FileReplacer.write(target, out -> {
                if (xlsx) {
                    XlsxSheet.write(table, sheetName, out);
                } else {
                    CsvSheet.write(table, out);
                }
            });
        } catch (IOException e) {
            throw new SheetException(Problem.of("sheet.error.cannot_write", String.valueOf(target.getFileName()),
                    FileReplacer.why(e)), e);
        }
    }
}
