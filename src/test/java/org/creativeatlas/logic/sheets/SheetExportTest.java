package org.creativeatlas.logic.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetExportTest {

    @TempDir
    Path dir;

    private final SheetTable table = SheetTable.of(List.of("Name", "City"),
            List.of(List.of("Тұран", "Алматы"), List.of("=cmd", "Bishkek")));

    @Test
    void csvAndXlsxReadBackAsWritten() throws Exception {
        for (String name : List.of("out.csv", "out.xlsx")) {
            Path file = dir.resolve(name);
            SheetExport.write(table, "Organisations", file);
            SheetTable back = SheetFiles.read(file);
            assertEquals(table.headers(), back.headers(), name);
            assertEquals("Алматы", back.cell(0, 1), name);
            assertEquals("=cmd", back.cell(1, 0), name + ": neutralised on the way out, restored on the way in");
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")), "no partial file is left");
        }
    }

    @Test
    void aFailedWriteIsAClearMessage() {
        Path file = dir.resolve("missing-folder").resolve("out.csv");
        assertThrows(SheetException.class, () -> SheetExport.write(table, "x", file));
        assertFalse(Files.exists(file));
    }

    @Test
    void linkPreviewFindsBadRowsWithoutWriting() {
        SheetTable links = SheetTable.of(List.of("ФИО", "Организация", "С"),
                List.of(List.of("Данияр Аманалиев", "Турар", "2019"), List.of("", "Турар", "вчера")));
        ProblemSummary summary = LinkSheetImport.preview(links, HeaderGuess.links(links.headers()));
        assertEquals(2, summary.rows());
        assertEquals(1, summary.badRows());
        assertTrue(summary.examples().stream().allMatch(p -> p.rowNumber() == 3));
    }
}
