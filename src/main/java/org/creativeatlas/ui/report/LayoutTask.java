package org.creativeatlas.ui.report;

import javafx.concurrent.Task;
import org.creativeatlas.logic.report.Methodology;
import org.creativeatlas.logic.report.ReportDocument;
import org.creativeatlas.logic.report.ReportOptions;
import org.creativeatlas.logic.report.ReportWriter;
import org.creativeatlas.store.Catalogue;

/**
 * Lays a report out off the FX thread, with the section being laid out as its message. An edited methodology
 * note is stored first, on this thread too, so the report prints it and the FX thread never waits for the file.
 */
final class LayoutTask extends Task<Preview> {

    private final Catalogue catalogue;
    private final ReportOptions options;
    private final String note;

    /** {@code note}: the methodology note to store first, or null to leave the stored one. */
    LayoutTask(Catalogue catalogue, ReportOptions options, String note) {
        this.catalogue = catalogue;
        this.options = options;
        this.note = note;
    }

    @Override
    protected Preview call() {
        if (note != null) {
            Methodology.save(catalogue, note);
        }
        ReportDocument document = ReportWriter.layout(catalogue, options, (fraction, stage) -> {
            updateProgress(fraction, 1);
            updateMessage(stage);
            return !isCancelled();
        });
        if (isCancelled()) {
            document.close();
            return null;
        }
        return Preview.of(document);
    }
}
