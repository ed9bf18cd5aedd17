package org.creativeatlas.logic.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.creativeatlas.model.Problem;

/** Reads a spreadsheet file by its extension: .csv, .tsv or .txt as CSV, .xlsx as a workbook. */
public final class SheetFiles {

    /** Researchers' spreadsheets are far smaller; a bigger file is refused before it is read. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private SheetFiles() {
    }

    /** The whole sheet in memory, for a wizard that shows it before importing. */
    public static SheetTable read(Path file) {
        return parse(file, CsvSheet::read, XlsxSheet::read);
    }

    /** The sheet's header now and its rows as an import asks for them: a CSV file is parsed while it is stored. */
    public static SheetRows open(Path file) {
        return parse(file, CsvSheet::open, XlsxSheet::read);
    }

    private static <T> T parse(Path file, Function<byte[], T> csv, Function<byte[], T> xlsxReader) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (!xlsx && !name.endsWith(".csv") && !name.endsWith(".tsv") && !name.endsWith(".txt")) {
            throw new SheetException(Problem.of("sheet.error.type", String.valueOf(file.getFileName())));
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SheetException(Problem.of("sheet.error.too_large", String.valueOf(file.getFileName()),
                        MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SheetException(Problem.of("sheet.error.missing", String.valueOf(file)), e);
        } catch (IOException e) {
            throw new SheetException(Problem.of("sheet.error.unreadable", String.valueOf(file), e.getMessage()), e);
        }
        try {
            return xlsx ? xlsxReader.apply(bytes) : csv.apply(bytes);
        } catch (SheetException e) {
            throw e.in(file);
        }
    }
}
