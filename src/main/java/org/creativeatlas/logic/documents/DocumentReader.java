package org.creativeatlas.logic.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.creativeatlas.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a document file into plain text with its title, language, date and checksum. Every way a file can fail
 * ends in a {@link DocumentException} with a one-line message; nothing else escapes.
 *
 * <p>Files over {@link #MAX_BYTES} (50 MB) are refused before they are read: larger than any report or news item,
 * and a PDF or DOCX that size would take a long time and a lot of memory to parse.
 */
public final class DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);

    /** The size limit for an imported file, in bytes: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    public ReadDocument read(Path file) throws DocumentException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            DocumentFormat format = DocumentFormat.of(name).orElseThrow(() -> unsupported(name));
            RawDocument raw = format.reader().read(readBytes(file));
            return assemble(name, raw);
        } catch (DocumentException e) {
            throw e.forFile(name);
        } catch (RuntimeException e) {
            // a parser's own failure on malformed input: the file is at fault, not the program
            LOG.warn("Could not read {}", file, e);
            throw new DocumentException(DocumentException.Reason.DAMAGED,
                    Problem.of("document.damaged"), e).forFile(name);
        }
    }

    private static ReadDocument assemble(String name, RawDocument raw) throws DocumentException {
        String text = Paragraphs.normalise(raw.text());
        if (text.isEmpty()) {
            throw new DocumentException(DocumentException.Reason.EMPTY, Problem.of("document.empty.text"));
        }
        String title = raw.title() != null && !raw.title().isBlank()
                ? Paragraphs.shorten(Paragraphs.normalise(raw.title()).replace('\n', ' '))
                : Paragraphs.firstMeaningfulLine(text);
        String date = DateFinder.find(text);
        return new ReadDocument(name, title, text, LanguageDetector.detect(text), date != null ? date : raw.date(),
                sha256(text));
    }

    /** The whole file, refusing an empty or oversized one; a file growing past the limit while read is refused too. */
    private static byte[] readBytes(Path file) throws DocumentException {
        try {
            if (Files.isDirectory(file)) {
                throw new DocumentException(DocumentException.Reason.UNSUPPORTED, Problem.of("document.folder"));
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new DocumentException(DocumentException.Reason.EMPTY, Problem.of("document.empty"));
            }
            if (size > MAX_BYTES) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(bytes.length);
                }
                if (bytes.length == 0) {
                    throw new DocumentException(DocumentException.Reason.EMPTY, Problem.of("document.empty"));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE,
                    Problem.of("document.missing"), e);
        } catch (AccessDeniedException e) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE,
                    Problem.of("document.denied"), e);
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE,
                    Problem.of("document.unreadable"), e);
        }
    }

    private static DocumentException tooLarge(long size) {
        return new DocumentException(DocumentException.Reason.TOO_LARGE, Problem.of("document.too_large",
                size >> 20, MAX_BYTES >> 20));
    }

    private static DocumentException unsupported(String name) {
        String ext = DocumentFormat.extension(name);
        String accepted = "." + String.join(", .", DocumentFormat.allExtensions());
        Problem problem = ext.equals("doc") ? Problem.of("document.unsupported.doc")
                : ext.isEmpty() ? Problem.of("document.unsupported.none", accepted)
                : Problem.of("document.unsupported.type", ext, accepted);
        return new DocumentException(DocumentException.Reason.UNSUPPORTED, problem);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
