package org.creativeatlas.logic.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.documents.TextDecoder;

/**
 * CSV as spreadsheets and colleagues write it: any of , ; tab | as delimiter (sniffed), quoted cells with
 * delimiters and line breaks, a byte-order mark, UTF-8, UTF-16 or Windows-1251 (the documents' encoding detection),
 * blank lines, rows longer or shorter than the header. Written back as UTF-8 with a BOM (so Excel reads the
 * Cyrillic right), comma-separated, with cells that a spreadsheet would run as a formula neutralised.
 */
public final class CsvSheet {

    private CsvSheet() {
    }

    public static SheetTable read(byte[] bytes) {
        String text;
        try {
            text = TextDecoder.decode(bytes, null);
        } catch (DocumentException e) {
            throw new SheetException("Not a CSV file: " + e.detail() + ".", e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(Delimiters.sniff(text))
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).build();
        List<String> headers = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(CellText::restore).toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells;
                } else {
                    rows.add(cells);
                    numbers.add((int) record.getRecordNumber());
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new SheetException("The CSV file is malformed: " + e.getMessage(), e);
        }
        if (headers == null) {
            throw new SheetException("The CSV file is empty: it has no header row.");
        }
        return new SheetTable(headers, rows, numbers.stream().mapToInt(Integer::intValue).toArray());
    }

    public static void write(SheetTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.headers().stream().map(CellText::neutralise).toList());
        for (List<String> row : table.rows()) {
            printer.printRecord(row.stream().map(CellText::neutralise).toList());
        }
        printer.flush();
    }
}
