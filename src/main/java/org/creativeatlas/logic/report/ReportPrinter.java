package org.creativeatlas.logic.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a report through the system print dialog (printer, pages, copies). The PDF's pages go to the printer as
 * vector text and graphics, not as a screenshot.
 */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    /**
     * Shows the system print dialog and prints if the user confirms; returns false if the dialog was cancelled.
     * Blocks until the job is spooled: call it off the UI thread.
     */
    public static boolean print(ReportDocument report) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(report.title());
        synchronized (report) {
            job.setPageable(new PDFPageable(report.pdf()));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
        }
        return true;
    }
}
