package org.creativeatlas.ui.report;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javax.print.PrintServiceLookup;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.report.PrintFailure;
import org.creativeatlas.logic.report.ReportDocument;
import org.creativeatlas.logic.report.ReportPrinter;
import org.creativeatlas.logic.report.ReportWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves and prints the previewed report on the output thread, one job at a time, and says how it went: a status
 * line when done, a {@link Notice} when it could not be done.
 */
final class ReportOutput {

    private static final Logger LOG = LoggerFactory.getLogger(ReportOutput.class);

    private final Executor worker;
    private final Messages messages;
    private final Consumer<String> status;
    private final Consumer<Notice> problem;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    ReportOutput(Executor worker, Messages messages, Consumer<String> status, Consumer<Notice> problem) {
        this.worker = worker;
        this.messages = messages;
        this.status = status;
        this.problem = problem;
    }

    /** Writes the PDF to {@code target} (a temporary file moved into place: never half a file). */
    void save(ReportDocument document, Path target) {
        run(() -> {
            try {
                document.save(target);
                say(messages.get("report_window.saved", target.toAbsolutePath()));
            } catch (ReportWriteException e) {
                LOG.warn("Report not saved: {}", e.getMessage());
                tell(new Notice(messages.get("report_window.save_failed"), messages.problem(e.problem())));
            }
        });
    }

    /** Shows the system print dialog and prints the PDF's own pages; explains when this computer cannot print. */
    void print(ReportDocument document) {
        run(() -> {
            String unavailable = whyNoPrinting();
            if (unavailable != null) {
                tell(new Notice(messages.get("report_window.no_print"), unavailable));
                return;
            }
            try {
                boolean printed = ReportPrinter.print(document);
                say(messages.get(printed ? "report_window.printed" : "report_window.print_cancelled"));
            } catch (PrintFailure e) {
                // the person is told why and what to do; the trace is for diagnosis only
                LOG.warn("Report not printed: {}", e.getMessage());
                LOG.debug("Report not printed", e);
                tell(new Notice(messages.get("report_window.print_failed"), why(e)));
            }
        });
    }

    /** The cause and what to do about it, in the window's language. */
    private String why(PrintFailure failure) {
        return switch (failure.reason()) {
            case NO_LPR -> messages.get("report_window.print_failed.no_lpr");
            case NO_SERVER -> messages.get("report_window.print_failed.no_server");
            case OTHER -> failure.detail();
        };
    }

    /** Why this computer cannot show a print dialog, or null if it can. Asked here: it starts AWT. */
    private String whyNoPrinting() {
        if (GraphicsEnvironment.isHeadless()) {
            return messages.get("report_window.no_print.headless");
        }
        if (PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            return messages.get("report_window.no_print.printers");
        }
        return null;
    }

    /** True while a save or print is under way. */
    ReadOnlyBooleanProperty working() {
        return working.getReadOnlyProperty();
    }

    private void run(Runnable job) {
        working.set(true);
        worker.execute(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.error("Report output failed", e);
                tell(new Notice(messages.get("report_window.output_failed"), messages.get("error.unexpected")));
            } finally {
                Platform.runLater(() -> working.set(false));
            }
        });
    }

    private void say(String text) {
        Platform.runLater(() -> status.accept(text));
    }

    /** Shows the notice and clears the status line, which may still tell of an earlier save or print. */
    private void tell(Notice notice) {
        Platform.runLater(() -> {
            status.accept("");
            problem.accept(notice);
        });
    }
}
