package org.creativeatlas.logic.report;

/** The listener asked to stop: nothing was written and the half-laid-out document was discarded. */
public final class ReportCancelledException extends RuntimeException {

    public ReportCancelledException() {
        super("The report was cancelled.");
    }
}
