package org.creativeatlas.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.creativeatlas.logic.backup.BackupException;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.logic.report.ReportListener;
import org.creativeatlas.logic.report.ReportOptions;
import org.creativeatlas.logic.report.ReportWriteException;
import org.creativeatlas.logic.report.ReportWriter;
import org.creativeatlas.logic.sheets.SheetException;
import org.creativeatlas.logic.sheets.SheetExport;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report, a table or a backup that cannot be written, and a backup that cannot be restored, say why in the
 * window's language; the English the command line prints is the bundle's sentence, word for word as before.
 */
class WriteReasonsTest {

    private static final Messages KAZAKH = new Messages(Locale.forLanguageTag("kk"));

    @TempDir
    Path dir;

    @Test
    void theCommonReasonsAreSaidInEachLanguageAndTheRestInTheSystemsWords() {
        assertEquals(Problem.of("file.reason.no_folder"), FileReplacer.why(new NoSuchFileException("/x/.r.part")));
        assertEquals(Problem.of("file.reason.denied"), FileReplacer.why(new AccessDeniedException("/x/.r.part")));
        assertEquals(Problem.of("file.reason.read_only"),
                FileReplacer.why(new FileSystemException("/x", null, "Read-only file system")));
        assertEquals(Problem.of("file.reason.no_space"), FileReplacer.why(new IOException("No space left on device")));
        assertEquals(Problem.of("file.reason.system", "Input/output error"),
                FileReplacer.why(new FileSystemException("/x", null, "Input/output error")));
        assertEquals("Input/output error",
                FileReplacer.reason(new FileSystemException("/x", null, "Input/output error")));
        for (String key : List.of("no_folder", "denied", "read_only", "no_space", "is_folder", "no_such_file",
                "read_only_fs", "cannot_create")) {
            SaidInEveryLanguage.assertSaid(Problem.of("file.reason." + key));
        }
        assertEquals("No space left on device", FileReplacer.reason(new IOException("No space left on device")),
                "the command line keeps the system's words");
        assertEquals("it is on a read-only file system",
                FileReplacer.reason(new FileSystemException("/x", null, "Read-only file system")));
    }

    @Test
    void aFolderThatIsThereButMakesNoFilesIsNotCalledMissing() throws IOException {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "a Linux /proc, where new files cannot be made");
        IOException e = assertThrows(IOException.class,
                () -> FileReplacer.write(proc.resolve("actors.json"), out -> out.write('x')));
        assertEquals("the folder does not let new files be made in it", FileReplacer.reason(e));
        assertEquals("бұл қалтада жаңа файл жасауға болмайды", KAZAKH.problem(FileReplacer.why(e)));
        assertEquals("no such folder", FileReplacer.reason(new NoSuchFileException(dir.resolve("жоқ/.r.part").toString())));
    }

    @Test
    void aReportThatCannotBeSaved() throws IOException {
        Path target = dir.resolve("жоқ").resolve("report.pdf");
        try (Catalogue catalogue = Catalogue.open(dir.resolve("atlas.db"))) {
            catalogue.actors().insert(Actor.named(ActorType.ORGANISATION, "Орталық"));
            ReportWriteException e = assertThrows(ReportWriteException.class,
                    () -> ReportWriter.write(catalogue, ReportOptions.of("kk"), target, ReportListener.NONE));
            assertEquals("Cannot write " + target.toAbsolutePath() + ": no such folder. Nothing was written.",
                    e.getMessage());
            assertSaid(e.problem(), e.getMessage());
            assertEquals(target.toAbsolutePath() + " файлына жазу мүмкін емес: мұндай қалта жоқ. Ештеңе жазылмады.",
                    KAZAKH.problem(e.problem()));
            ReportWriteException folder = assertThrows(ReportWriteException.class,
                    () -> ReportWriter.write(catalogue, ReportOptions.of("kk"), dir, ReportListener.NONE));
            assertSaid(folder.problem(), folder.getMessage());
        }
    }

    @Test
    void aTableThatCannotBeExported() {
        Path target = dir.resolve("жоқ").resolve("actors.csv");
        SheetException e = assertThrows(SheetException.class, () -> SheetExport.write(
                SheetTable.of(List.of("Name"), List.of(List.of("Орталық"))), "Actors", target));
        assertEquals("Cannot write actors.csv: no such folder", e.getMessage());
        Problem problem = e.problem().orElseThrow();
        assertSaid(problem, e.getMessage());
        assertEquals("actors.csv файлына жазу мүмкін емес: мұндай қалта жоқ", KAZAKH.problem(problem));
    }

    @Test
    void aBackupThatCannotBeRestored() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");
        try (Catalogue catalogue = Catalogue.open(dir.resolve("atlas.db"))) {
            BackupService backups = new BackupService(catalogue);
            for (Path backup : List.of(junk, dir.resolve("missing.db"))) {
                BackupException e = assertThrows(BackupException.class, () -> backups.restore(backup));
                assertEquals("backup.error.check", e.problem().key());
                assertSaid(e.problem(), e.getMessage());
            }
            BackupException missing = assertThrows(BackupException.class,
                    () -> backups.restore(dir.resolve("missing.db")));
            assertEquals("Cannot restore: No such backup: " + dir.resolve("missing.db").toAbsolutePath()
                    + " The catalogue was left unchanged.", missing.getMessage());
            assertEquals("Қалпына келтіру мүмкін емес: Мұндай сақтық көшірме жоқ: "
                    + dir.resolve("missing.db").toAbsolutePath() + " Каталог өзгертілмеді.",
                    KAZAKH.problem(missing.problem()));
        }
    }

    private static void assertSaid(Problem problem, String english) {
        assertEquals(Messages.english(problem), english, "the command line's English is the bundle's");
        SaidInEveryLanguage.assertSaid(problem);
    }
}
