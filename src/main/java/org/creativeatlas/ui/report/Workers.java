package org.creativeatlas.ui.report;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.creativeatlas.logic.report.ReportDocument;

/**
 * The report window's background threads: one lays reports out, one renders preview pages, one saves and prints
 * (the print dialog blocks it, and AWT must not start on the FX thread). A replaced document is closed only after
 * the page renders and the saves or prints already asked of it: its close is queued behind them.
 */
final class Workers {

    final ExecutorService layout = daemon("report-layout");
    final ExecutorService pages = daemon("report-pages");
    final ExecutorService output = daemon("report-output");

    /** Closes a document no longer shown, once nothing queued still uses it. */
    void retire(ReportDocument document) {
        pages.execute(() -> output.execute(document::close));
    }

    /**
     * Lets queued jobs finish (a note being stored, saves, prints), then closes {@code last} (if any) and ends
     * the threads.
     */
    void shutdown(ReportDocument last) {
        layout.shutdown();
        pages.execute(() -> {
            if (last != null) {
                output.execute(last::close);
            }
            output.shutdown();
        });
        pages.shutdown();
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
