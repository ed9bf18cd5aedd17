package org.creativeatlas.logic.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.creativeatlas.model.Problem;

/**
 * Reads the wanted entries of a zip held in memory while counting every byte it inflates, skipped entries too,
 * so a zip bomb is refused after a bounded amount of work: at most {@link #MAX_INFLATED} bytes, and at most
 * {@link #MAX_RATIO} times the zip's own size, and at most {@link #MAX_ENTRIES} entries.
 */
final class BoundedZip {

    static final long MAX_INFLATED = 200L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    /** Small zips may inflate this far whatever their ratio. */
    private static final long RATIO_FLOOR = 10L * 1024 * 1024;

    private BoundedZip() {
    }

    /** The named entries present, by name; a name missing from the zip is missing from the map. */
    static Map<String, byte[]> read(byte[] zip, Set<String> wanted) throws IOException, DocumentException {
        long limit = Math.min(MAX_INFLATED, Math.max(RATIO_FLOOR, (long) zip.length * MAX_RATIO));
        long inflated = 0;
        int entries = 0;
        Map<String, byte[]> found = new HashMap<>();
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb();
                }
                boolean keep = wanted.contains(entry.getName()) && !found.containsKey(entry.getName());
                ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > limit) {
                        throw bomb();
                    }
                    if (content != null) {
                        content.write(buffer, 0, n);
                    }
                }
                if (content != null) {
                    found.put(entry.getName(), content.toByteArray());
                }
            }
        }
        return found;
    }

    private static DocumentException bomb() {
        return new DocumentException(DocumentException.Reason.UNSAFE,
                Problem.of("document.unsafe.zip"));
    }
}
