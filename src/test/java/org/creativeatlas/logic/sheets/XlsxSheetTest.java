package org.creativeatlas.logic.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {

    @Test
    void roundTripsTextKazakhLettersAndNeutralisedFormulas() throws IOException {
        SheetTable table = SheetTable.of(List.of("Атауы", "Ел", "Ескертпе"), List.of(
                List.of("«Тұран» университеті", "Қазақстан", "=1+1"),
                List.of("Ololo Group", "Kyrgyzstan", "")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxSheet.write(table, "Organisations", out);
        SheetTable back = XlsxSheet.read(out.toByteArray());
        assertEquals(table.headers(), back.headers());
        assertEquals("«Тұран» университеті", back.cell(0, 0));
        assertEquals("=1+1", back.cell(0, 2));
        assertEquals("", back.cell(1, 2));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsParsed() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes());
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 400; i++) {
                z.write(zeros);
            }
        }
        assertTrue(zip.size() < 2_000_000, "the bomb is small: " + zip.size());
        SheetException e = assertThrows(SheetException.class, () -> XlsxSheet.read(zip.toByteArray()));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void somethingElseIsNotAWorkbook() {
        assertThrows(SheetException.class, () -> XlsxSheet.read("Name,Country\n".getBytes()));
    }
}
