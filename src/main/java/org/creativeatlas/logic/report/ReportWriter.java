package org.creativeatlas.logic.report;

import java.nio.file.Path;
import org.creativeatlas.store.Catalogue;

/**
 * Makes the mapping report of a catalogue: reads the selection, lays it out once as a PDF document, and saves it.
 * The app previews and prints the {@link ReportDocument}; the command line saves it.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Reads the catalogue and lays the report out. Long reports report progress to {@code listener}, which can stop
     * them ({@link ReportCancelledException}). Run it off the UI thread.
     */
    public static ReportDocument layout(Catalogue catalogue, ReportOptions options, ReportListener listener) {
        ReportContent content = ReportContent.collect(catalogue, options);
        return new ReportDocument(new ReportRenderer(content, listener).render());
    }

    /** Lays the report out and saves it to {@code target} (see {@link ReportDocument#save}). */
    public static void write(Catalogue catalogue, ReportOptions options, Path target, ReportListener listener) {
        try (ReportDocument report = layout(catalogue, options, listener)) {
            report.save(target);
        }
    }
}
