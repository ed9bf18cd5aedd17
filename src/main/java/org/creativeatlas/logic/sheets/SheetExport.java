package org.creativeatlas.logic.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a sheet to a file by its extension (.xlsx a workbook, anything else CSV): under a temporary name beside
 * it first and moved into place only when complete, so a failed export never leaves half a file or spoils the old
 * one.
 */
public final class SheetExport {

    private SheetExport() {
    }

    public static void write(SheetTable table, String sheetName, Path target) {
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        boolean xlsx = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                if (xlsx) {
                    XlsxSheet.write(table, sheetName, out);
                } else {
                    CsvSheet.write(table, out);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the write already failed with the message that matters
            }
            throw new SheetException("Cannot write " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
