package org.creativeatlas.ui.report;

import javafx.concurrent.Task;
import org.creativeatlas.logic.report.ReportDocument;
import org.creativeatlas.logic.report.ReportOptions;
import org.creativeatlas.logic.report.ReportWriter;
import org.creativeatlas.store.Catalogue;

/** Lays a report out off the FX thread, with the section being laid out as its message. */
final class LayoutTask extends Task<Preview> {

    private final Catalogue catalogue;
    private final ReportOptions options;

    LayoutTask(Catalogue catalogue, ReportOptions options) {
        this.catalogue = catalogue;
        this.options = options;
    }

    @Override
    protected Preview call() {
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
