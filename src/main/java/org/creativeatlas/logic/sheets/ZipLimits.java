package org.creativeatlas.logic.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.creativeatlas.model.Problem;

/**
 * Inflates every entry of a workbook once while counting the bytes, so a zip bomb is refused after a bounded amount
 * of work: at most {@value #MAX_ENTRIES} entries and {@link #MAX_INFLATED} bytes, and no more than
 * {@value #MAX_RATIO} times the file's size above a 10 MB floor. Reads through the central directory, as workbook
 * writers (ours too) leave sizes out of the local headers that a streaming reader needs.
 */
final class ZipLimits {

    static final long MAX_INFLATED = 500L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    private static final long RATIO_FLOOR = 10L * 1024 * 1024;

    private ZipLimits() {
    }

    static void check(Path zip, long zipSize) throws IOException {
        long limit = Math.min(MAX_INFLATED, Math.max(RATIO_FLOOR, zipSize * MAX_RATIO));
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES || entry.getSize() > limit) {
                    throw bomb();
                }
                try (InputStream in = file.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        if (inflated > limit) {
                            throw bomb();
                        }
                    }
                }
            }
        }
    }

    private static SheetException bomb() {
        return new SheetException(Problem.of("sheet.xlsx.bomb"));
    }
}
