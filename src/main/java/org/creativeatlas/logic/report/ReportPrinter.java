package org.creativeatlas.logic.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PageRanges;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a report through the system print dialog (printer, pages, copies). Where the printer takes PDF, as every
 * CUPS queue on Linux and macOS does, it is handed the report's PDF itself: text stays text in the embedded fonts,
 * and a 765-page report is its 2 MB file instead of a gigabyte of glyph outlines. Elsewhere Java draws the pages
 * and the print system gets them as vector graphics.
 */
public final class ReportPrinter {

    /** Prints pages drawn by Java, the way a printer that takes no PDF is given them. */
    @FunctionalInterface
    interface DrawnPages {
        void print() throws PrinterException;
    }

    private ReportPrinter() {
    }

    /**
     * Shows the system print dialog and prints if the user confirms; returns false if the dialog was cancelled.
     * Blocks until the job is spooled: call it off the UI thread. A failure says why in {@link PrintFailure}.
     */
    public static boolean print(ReportDocument report) throws PrintFailure {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(report.title());
        synchronized (report) {
            job.setPageable(new PDFPageable(report.pdf()));
            if (!takesPdf(job.getPrintService())) {
                // the system's own dialog, whose choices stay inside the job
                if (!job.printDialog()) {
                    return false;
                }
                send(job.getPrintService(), report, null, job::print);
                return true;
            }
            // Java's dialog, whose choices (copies, pages, printer) come back in the attributes for the PDF job
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            if (!job.printDialog(attributes)) {
                return false;
            }
            send(job.getPrintService(), report, attributes, () -> job.print(attributes));
        }
        return true;
    }

    /**
     * Sends the report to {@code service}: its PDF (the chosen pages, on the report's paper) where the service
     * takes PDF and the dialog's choices are known ({@code attributes} not null), else {@code drawn}.
     */
    static void send(PrintService service, ReportDocument report, PrintRequestAttributeSet attributes,
                     DrawnPages drawn) throws PrintFailure {
        try {
            if (attributes != null && takesPdf(service)) {
                byte[] pdf = pages(report, (PageRanges) attributes.get(PageRanges.class));
                // the pages are chosen in the PDF itself: the print programs Java hands it to ignore a page range
                attributes.remove(PageRanges.class);
                attributes.add(new JobName(report.title(), null));
                attributes.add(paper(report));
                service.createPrintJob().print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF,
                        null), attributes);
            } else {
                drawn.print();
            }
        } catch (PrintException | PrinterException e) {
            throw PrintFailure.of(e);
        }
    }

    private static boolean takesPdf(PrintService service) {
        return service != null && service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF);
    }

    /** The paper the report is laid out on (A4), so the printer does not shrink it onto its default paper. */
    private static MediaSizeName paper(ReportDocument report) {
        return MediaSize.findMedia(report.pageWidth(0) / 72f, report.pageHeight(0) / 72f, MediaSize.INCH);
    }

    /** Java's dialog offers "pages 1 to last" by default, which is the whole report: no need to copy it. */
    private static boolean allPages(PageRanges chosen, int pageCount) {
        for (int page = 1; page <= pageCount; page++) {
            if (!chosen.contains(page)) {
                return false;
            }
        }
        return true;
    }

    /** The saved PDF, or a PDF of the chosen pages of it (counted from 1, as the dialog counts them). */
    private static byte[] pages(ReportDocument report, PageRanges chosen) throws PrintException {
        try {
            byte[] whole = report.bytes();
            if (chosen == null || allPages(chosen, report.pageCount())) {
                return whole;
            }
            try (PDDocument all = Loader.loadPDF(whole); PDDocument part = new PDDocument()) {
                for (int page = 1; page <= all.getNumberOfPages(); page++) {
                    if (chosen.contains(page)) {
                        part.importPage(all.getPage(page - 1));
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new PrintException(e);
        }
    }
}
