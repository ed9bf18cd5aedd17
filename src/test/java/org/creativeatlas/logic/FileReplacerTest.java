package org.creativeatlas.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReplacerTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path target = dir.resolve("catalogue.json");
        Files.writeString(target, "old");
        FileReplacer.write(target, out -> out.write("Қазақстан".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Қазақстан", Files.readString(target));
        assertEquals(1, count());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> FileReplacer.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, count());
    }

    @Test
    void aMissingFolderIsSaidInWords() {
        IOException e = assertThrows(IOException.class,
                () -> FileReplacer.write(dir.resolve("no-such-folder/r.pdf"), out -> out.write(1)));
        assertEquals("no such folder", FileReplacer.reason(e));
    }

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
