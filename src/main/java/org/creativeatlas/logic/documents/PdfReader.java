package org.creativeatlas.logic.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creativeatlas.model.Problem;

/**
 * {@code .pdf}: the text layer, in reading order, paragraphs as PDFBox sees them. Refuses a file that is not a
 * PDF, is cut short (no end-of-file marker: an interrupted download), needs a password or forbids copying text,
 * or has no text layer (a scan).
 */
final class PdfReader implements FormatReader {

    /** Where the header and the end-of-file marker may sit, per the PDF specification's tolerance. */
    private static final int MARKER_WINDOW = 1024;

    @Override
    public RawDocument read(byte[] bytes) throws DocumentException {
        String start = new String(bytes, 0, Math.min(bytes.length, MARKER_WINDOW), StandardCharsets.ISO_8859_1);
        if (!start.contains("%PDF-")) {
            throw new DocumentException(DocumentException.Reason.DAMAGED,
                    Problem.of("document.not_pdf"));
        }
        int tail = Math.max(0, bytes.length - MARKER_WINDOW);
        if (!new String(bytes, tail, bytes.length - tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new DocumentException(DocumentException.Reason.DAMAGED,
                    Problem.of("document.pdf.incomplete"));
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted(null);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n\n");
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                throw new DocumentException(DocumentException.Reason.EMPTY,
                        Problem.of("document.pdf.no_text"));
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            return new RawDocument(text, blankToNull(info.getTitle()), isoDate(info.getCreationDate()));
        } catch (InvalidPasswordException e) {
            throw encrypted(e);
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.DAMAGED,
                    Problem.of("document.damaged.pdf"), e);
        }
    }

    private static DocumentException encrypted(Exception cause) {
        return new DocumentException(DocumentException.Reason.ENCRYPTED,
                Problem.of("document.encrypted.pdf"), cause);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String isoDate(Calendar c) {
        return c == null ? null : String.format(Locale.ROOT, "%04d-%02d-%02d",
                c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH));
    }
}
