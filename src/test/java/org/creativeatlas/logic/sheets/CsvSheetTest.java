package org.creativeatlas.logic.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetTest {

    private static final String QUIRKY = "Название;Страна;Описание\r\n"
            + "\r\n"
            + "\"«Тұран» университеті\";Казахстан;\"Университет; в Алматы,\r\nвторая строка\"\r\n"
            + "Ololo Group;Кыргызстан;хаб;лишняя колонка;и ещё\r\n"
            + "\r\n";

    @Test
    void readsBomSemicolonsQuotedNewlinesEmptyLinesAndExtraColumns() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, QUIRKY.getBytes(StandardCharsets.UTF_8));
        SheetTable t = CsvSheet.read(bytes);
        assertEquals(List.of("Название", "Страна", "Описание"), t.headers());
        assertEquals(2, t.size());
        assertEquals("«Тұран» университеті", t.cell(0, 0));
        assertEquals("Университет; в Алматы,\r\nвторая строка", t.cell(0, 2));
        assertEquals(5, t.rows().get(1).size(), "extra columns are kept, and ignored by the mapping");
        assertEquals("", t.cell(1, 9));
    }

    @Test
    void readsWindows1251AndUtf16() {
        String text = "Название,Город\nКазахский национальный университет,Алматы\n";
        SheetTable cp1251 = CsvSheet.read(text.getBytes(Charset.forName("windows-1251")));
        assertEquals("Казахский национальный университет", cp1251.cell(0, 0));
        SheetTable utf16 = CsvSheet.read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("Алматы", utf16.cell(0, 1));
    }

    @Test
    void sniffsTabsAndPipes() {
        assertEquals('\t', Delimiters.sniff("a\tb, c\tc\n1\t2, 3\t4\n"));
        assertEquals('|', Delimiters.sniff("name|country\nA, B|KZ\n"));
        assertEquals(',', Delimiters.sniff("name,country\n\"A; B\",KZ\n"));
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsMalformed() {
        SheetException unclosed = assertThrows(SheetException.class, () -> CsvSheet.read(
                "Название;Страна\n\"Тұран;KZ\nАлатоо;KG\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(unclosed.getMessage().contains("never closed"), unclosed.getMessage());
        SheetException after = assertThrows(SheetException.class, () -> CsvSheet.read(
                "Название;Страна\n\"Тұран\" университеті;KZ\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(after.getMessage().contains("malformed"), after.getMessage());
        SheetTable closed = CsvSheet.read("Название;Страна\n\"Тұран\nуниверситеті\";KZ\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("Тұран\nуниверситеті", "KZ")), closed.rows());
    }

    @Test
    void binaryDataIsRefused() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        SheetException e = assertThrows(SheetException.class, () -> CsvSheet.read(binary));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void formulasAreNeutralisedOnExportAndRestoredOnImport() throws IOException {
        SheetTable table = SheetTable.of(List.of("Name", "Notes"), List.of(
                List.of("=HYPERLINK(\"http://x\")", "+7 727 000"), List.of("@SUM(A1)", "-1"),
                List.of("\tTab", "plain")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvSheet.write(table, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        assertTrue(csv.contains("'+7 727 000") && csv.contains("'@SUM(A1)") && csv.contains("'-1"), csv);
        for (String line : csv.substring(1).split("\r\n")) {
            assertTrue(line.isEmpty() || "=+-@\t\r".indexOf(line.replace("\"", "").charAt(0)) < 0, line);
        }
        assertEquals(table.rows(), CsvSheet.read(out.toByteArray()).rows());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
