package org.creativeatlas.logic.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.creativeatlas.logic.FileReplacer;

/**
 * A laid-out report: the same pages are previewed, printed and saved, so what is seen is what is printed. Methods
 * are synchronized because PDFBox documents are not thread-safe and a preview may render while a save runs.
 * Close it when done.
 */
public final class ReportDocument implements AutoCloseable {

    private final PDDocument pdf;
    private final PDFRenderer renderer;

    ReportDocument(PDDocument pdf) {
        this.pdf = pdf;
        this.renderer = new PDFRenderer(pdf);
    }

    public synchronized int pageCount() {
        return pdf.getNumberOfPages();
    }

    /** The title the report carries in its metadata and on its title page. */
    public synchronized String title() {
        return pdf.getDocumentInformation().getTitle();
    }

    /** A page's width in points (1/72 inch), so a preview can fit it to a window before rendering it. */
    public synchronized float pageWidth(int pageIndex) {
        return pdf.getPage(pageIndex).getMediaBox().getWidth();
    }

    /** A page's height in points (1/72 inch). */
    public synchronized float pageHeight(int pageIndex) {
        return pdf.getPage(pageIndex).getMediaBox().getHeight();
    }

    /** One page (from 0) as an image; scale 1 is 72 dots per inch, so 96 / 72f gives a screen's size. */
    public synchronized BufferedImage renderPage(int pageIndex, float scale) {
        try {
            return renderer.renderImage(pageIndex, scale, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the PDF: written beside the target under a temporary name and moved into place once complete, so a
     * failed or interrupted save never leaves a half-written file. Throws {@link ReportWriteException}.
     */
    public synchronized void save(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw ReportWriteException.folder(absolute);
        }
        try {
            FileReplacer.write(absolute, pdf::save);
        } catch (IOException e) {
            throw ReportWriteException.cannotWrite(absolute, e);
        }
    }

    /** The PDF as saved, for a print system that takes PDF. */
    synchronized byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    /** The PDFBox document, for printing. */
    synchronized PDDocument pdf() {
        return pdf;
    }

    @Override
    public synchronized void close() {
        try {
            pdf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
