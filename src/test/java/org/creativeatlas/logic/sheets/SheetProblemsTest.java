package org.creativeatlas.logic.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.SaidInEveryLanguage;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the spreadsheet wizard can refuse a sheet carries a problem written in each language of the window,
 * while the message stays the English sentence the command line prints.
 */
class SheetProblemsTest {

    @TempDir
    Path dir;

    private static Problem refused(String key, Executable read) {
        SheetException e = assertThrows(SheetException.class, read);
        Problem problem = e.problem().orElseThrow();
        Problem said = problem.key().equals("sheet.error.file") ? (Problem) problem.args().get(1) : problem;
        assertEquals(key, said.key(), e.getMessage());
        assertEquals(Messages.english(problem), e.getMessage());
        SaidInEveryLanguage.assertSaid(problem);
        return problem;
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void malformedCsvFilesAreRefusedInTheReadersLanguage() throws IOException {
        Problem unclosed = refused("sheet.csv.unclosed",
                () -> SheetFiles.read(file("тізім.csv", "Название;Страна\n\"Тұран;KZ\nАлатоо;KG\n")));
        assertEquals("тізім.csv: CSV файлының құрылымы бұзылған: 2-жолда ашылған тырнақша жабылмаған, сондықтан "
                + "файлдың қалған бөлігі түгел бір ұяшыққа айналар еді.",
                new Messages(Locale.forLanguageTag("kk")).problem(unclosed));
        Problem afterQuote = refused("sheet.csv.after_quote",
                () -> SheetFiles.read(file("after.csv", "Название;Страна\nОк;KZ\n\"Тұран\" университеті;KZ\n")));
        assertTrue(Messages.english(afterQuote).contains("starts on line 3, text follows a closing quote"),
                Messages.english(afterQuote));
        refused("sheet.csv.empty", () -> SheetFiles.read(file("blank.csv", "\n \n\n")));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        refused("sheet.csv.not_text", () -> SheetFiles.read(Files.write(dir.resolve("image.csv"), binary)));
    }

    @Test
    void filesThatAreNoSheetOrCannotBeReadAreRefused() throws IOException {
        refused("sheet.error.type", () -> SheetFiles.read(file("notes.docx", "x")));
        refused("sheet.error.missing", () -> SheetFiles.read(dir.resolve("gone.csv")));
        refused("sheet.error.unreadable", () -> SheetFiles.read(Files.createDirectory(dir.resolve("folder.csv"))));
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SheetFiles.MAX_BYTES + 1);
        }
        refused("sheet.error.too_large", () -> SheetFiles.read(big));
    }

    @Test
    void workbooksThatCannotBeReadAreRefused() throws IOException {
        refused("sheet.xlsx.not_xlsx", () -> SheetFiles.read(file("table.xlsx", "Name,Country\n")));
        refused("sheet.xlsx.old", () -> XlsxSheet.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxSheet.write(new SheetTable(List.of(), List.of(), new int[0]), "Sheet", out);
        refused("sheet.xlsx.empty", () -> XlsxSheet.read(out.toByteArray()));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 400; i++) {
                z.write(zeros);
            }
        }
        refused("sheet.xlsx.bomb", () -> XlsxSheet.read(bomb.toByteArray()));
        byte[] cut = out.toByteArray();
        refused("sheet.xlsx.damaged", () -> XlsxSheet.read(Arrays.copyOf(cut, cut.length / 2)));
    }

    @Test
    void aMappingWithoutTheNeededColumnsIsRefusedBeforeTheCatalogueIsTouched() {
        SheetTable table = new SheetTable(List.of("Страна"), List.of(List.of("KZ")), new int[] {2});
        refused("sheet.error.no_name", () -> SheetImport.run(null, table,
                ColumnMapping.of(ActorType.ORGANISATION, List.of("country")), BadRows.SKIP));
        refused("sheet.error.no_link", () -> LinkSheetImport.run(null, table, LinkColumns.of(List.of("person")),
                BadRows.SKIP));
    }
}
