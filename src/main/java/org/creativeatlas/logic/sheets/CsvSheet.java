package org.creativeatlas.logic.sheets;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.Problem;

/**
 * CSV as spreadsheets and colleagues write it: any of , ; tab | as delimiter (sniffed), quoted cells with
 * delimiters and line breaks, a byte-order mark, UTF-8, UTF-16 or Windows-1251 (the documents' encoding detection),
 * blank lines, rows longer or shorter than the header. Written back as UTF-8 with a BOM (so Excel reads the
 * Cyrillic right), comma-separated, with cells that a spreadsheet would run as a formula neutralised.
 */
public final class CsvSheet {

    /** Where FastCSV's parse error says the bad record starts ("… record that started in line 7"). */
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private CsvSheet() {
    }

    /** Reads the whole sheet into memory (the import wizard shows and checks it before anything is stored). */
    public static SheetTable read(byte[] bytes) {
        SheetRows sheet = open(bytes);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        sheet.forEach((number, cells, done) -> {
            rows.add(cells);
            numbers.add(number);
        });
        return new SheetTable(sheet.headers(), rows, numbers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Reads the header row; the data rows are decoded and parsed as {@link SheetRows#forEach} asks for them. */
    public static SheetRows open(byte[] bytes) {
        CsvBytes text = CsvBytes.of(bytes);
        Iterator<CsvRecord> records = CsvReader.builder().fieldSeparator(Delimiters.sniff(text.head()))
                .acceptCharsAfterQuotes(false).ofCsvRecord(text.reader()).iterator();
        int number = 0;
        for (CsvRecord record = next(records); record != null; record = next(records)) {
            number++;
            List<String> cells = cells(record);
            if (!blank(cells)) {
                return new Streamed(bytes, cells, number, records, text);
            }
        }
        throw new SheetException(Problem.of("sheet.csv.empty"));
    }

    /** Rows parsed one by one as the text is decoded; handed over again from the start when asked again. */
    private static final class Streamed implements SheetRows {
        private final byte[] bytes;
        private final List<String> headers;
        private final Iterator<CsvRecord> records;
        private final CsvBytes text;
        private int number;
        private boolean read;

        Streamed(byte[] bytes, List<String> headers, int headerNumber, Iterator<CsvRecord> records, CsvBytes text) {
            this.bytes = bytes;
            this.headers = headers;
            this.number = headerNumber;
            this.records = records;
            this.text = text;
        }

        @Override
        public List<String> headers() {
            return headers;
        }

        @Override
        public void forEach(Row each) {
            if (read) {
                open(bytes).forEach(each);
                return;
            }
            read = true;
            CsvRecord last = null;
            for (CsvRecord record = next(records); record != null; record = next(records)) {
                number++;
                last = record;
                List<String> cells = cells(record);
                if (!blank(cells)) {
                    each.accept(number, cells, text.done());
                }
            }
            if (last != null && neverClosed(last)) {
                throw new SheetException(Problem.of("sheet.csv.unclosed", number));
            }
        }

        /**
         * Whether the last record swallowed the rest of the file through an unclosed quote, which FastCSV reads
         * leniently as one long cell: a cell with a line break must be quoted, and from the start of its row to the
         * end of the file a closed quote leaves an even number of quote marks.
         */
        private boolean neverClosed(CsvRecord last) {
            return last.getFields().stream().anyMatch(f -> f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)
                    && text.oddQuotesFrom(last.getStartingLineNumber());
        }
    }

    /** The next record, or null at the end; a parse error becomes a message naming the problem. */
    private static CsvRecord next(Iterator<CsvRecord> records) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException | UncheckedIOException e) {
            String cause = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
            Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
            if (cause.startsWith("Unexpected character after closing quote") && line.find()) {
                throw new SheetException(Problem.of("sheet.csv.after_quote", Long.parseLong(line.group(1))), e);
            }
            throw new SheetException(Problem.of("sheet.csv.malformed",
                    e.getMessage() + (cause.isEmpty() ? "" : " (" + cause + ")")), e);
        }
    }

    /** The record's cells, with a neutralised formula restored (only then copied: a row a copy costs in bulk). */
    private static List<String> cells(CsvRecord record) {
        List<String> fields = record.getFields();
        for (String value : fields) {
            if (!CellText.restore(value).equals(value)) {
                return fields.stream().map(CellText::restore).toList();
            }
        }
        return fields;
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public static void write(SheetTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(table.headers().stream().map(CellText::neutralise).toList());
        for (List<String> row : table.rows()) {
            csv.writeRecord(row.stream().map(CellText::neutralise).toList());
        }
        csv.flush();
    }
}
