package org.creativeatlas.logic.sheets;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.documents.TextDecoder;
import org.creativeatlas.model.Problem;

/**
 * A CSV file's bytes in an encoding where each ASCII character is one byte (UTF-8 or a single-byte charset; UTF-16
 * is converted to UTF-8 first), so that the text is decoded while it is parsed rather than all before, and line
 * starts and quote marks can be counted in the bytes themselves.
 */
final class CsvBytes {

    private static final int HEAD = 64 * 1024;

    private final byte[] bytes;
    private final int start;
    private final Charset charset;
    private final ByteArrayInputStream stream;

    private CsvBytes(byte[] bytes, int start, Charset charset) {
        this.bytes = bytes;
        this.start = start;
        this.charset = charset;
        this.stream = new ByteArrayInputStream(bytes, start, bytes.length - start);
    }

    static CsvBytes of(byte[] raw) {
        TextDecoder.Encoding encoding;
        try {
            encoding = TextDecoder.encoding(raw, null);
        } catch (DocumentException e) {
            throw new SheetException(Problem.of("sheet.csv.not_text", e.problem()), e);
        }
        Charset charset = encoding.charset();
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            String text = new String(raw, encoding.start(), raw.length - encoding.start(), charset);
            return new CsvBytes(text.getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8);
        }
        return new CsvBytes(raw, encoding.start(), charset);
    }

    /** The first lines, enough to guess the delimiter from (a character cut at the end does not matter there). */
    String head() {
        return new String(bytes, start, Math.min(HEAD, bytes.length - start), charset);
    }

    /** The whole text, decoded as it is read; one reader per file. */
    Reader reader() {
        return new InputStreamReader(stream, charset);
    }

    /** How much of the file the reader has taken, 0 to 1. */
    double done() {
        return 1 - stream.available() / (double) Math.max(1, bytes.length - start);
    }

    /** Whether the text from the start of line {@code line} (1 for the first) to the end has an odd number of '"'. */
    boolean oddQuotesFrom(long line) {
        int i = start;
        for (long breaks = 0; breaks < line - 1 && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                breaks++;
            }
        }
        int quotes = 0;
        for (; i < bytes.length; i++) {
            quotes += bytes[i] == '"' ? 1 : 0;
        }
        return quotes % 2 == 1;
    }
}
