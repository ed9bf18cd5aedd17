package org.creativeatlas.logic.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.creativeatlas.model.Problem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook as text, and a table written as one. Before the workbook is parsed, the
 * whole archive is inflated once with a byte counter ({@link ZipLimits}), so a zip bomb is refused after a bounded
 * amount of work instead of filling the memory.
 */
public final class XlsxSheet {

    private static final int MAX_COLUMNS = 1000;

    private XlsxSheet() {
    }

    public static SheetTable read(byte[] bytes) {
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw new SheetException(
                    Problem.of(ReadableWorkbook.isOLE2Header(bytes) ? "sheet.xlsx.old" : "sheet.xlsx.not_xlsx"));
        }
        Path file = null;
        try {
            file = Files.createTempFile("creative-atlas-sheet", ".xlsx");
            Files.write(file, bytes);
            ZipLimits.check(file, bytes.length);
            return rows(file);
        } catch (IOException e) {
            throw new SheetException(Problem.of("sheet.xlsx.damaged", String.valueOf(e.getMessage())), e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static SheetTable rows(Path file) {
        List<String> headers = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) sheet::iterator) {
                List<String> cells = cells(row);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells;
                } else {
                    rows.add(cells);
                    numbers.add(row.getRowNum());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SheetException(Problem.of("sheet.xlsx.unreadable", String.valueOf(e.getMessage())), e);
        }
        if (headers == null) {
            throw new SheetException(Problem.of("sheet.xlsx.empty"));
        }
        return new SheetTable(headers, rows, numbers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One workbook with one sheet named {@code sheetName}: the header row, then the rows, all as text cells. */
    public static void write(SheetTable table, String sheetName, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Creative Atlas", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        writeRow(sheet, 0, table.headers());
        for (int r = 0; r < table.size(); r++) {
            writeRow(sheet, r + 1, table.rows().get(r));
        }
        workbook.finish();
    }

    private static void writeRow(Worksheet sheet, int r, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            if (text != null && !text.isEmpty()) {
                sheet.value(r, c, CellText.neutralise(text));
            }
        }
    }

    /** The row's cells by column position (gaps as empty text); numbers as written, without a trailing ".0". */
    private static List<String> cells(Row row) {
        int count = Math.min(row.getCellCount(), MAX_COLUMNS);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            String text = cell == null ? "" : cell.getText();
            out.add(CellText.restore(text == null ? "" : text.endsWith(".0") && isNumber(cell) ? text.substring(0,
                    text.length() - 2) : text));
        }
        return out;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file the system cleans up anyway
        }
    }

    private static boolean isNumber(Cell cell) {
        return cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER;
    }
}
