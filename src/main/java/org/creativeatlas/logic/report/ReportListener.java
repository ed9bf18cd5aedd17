package org.creativeatlas.logic.report;

import java.util.function.BooleanSupplier;

/** Hears how far a report's layout has come and can stop it (a background task's cancel button). */
@FunctionalInterface
public interface ReportListener {

    ReportListener NONE = (fraction, stage) -> true;

    /**
     * Called as the layout goes on, with the share done (0 to 1) and the section being laid out (in the report's
     * language); return false to stop, which ends the layout with {@link ReportCancelledException}. Runs on the
     * layout's thread.
     */
    boolean progress(double fraction, String stage);

    /** Stops as soon as {@code cancelled} says so. */
    static ReportListener cancelledBy(BooleanSupplier cancelled) {
        return (fraction, stage) -> !cancelled.getAsBoolean();
    }
}
