package org.creativeatlas.logic.report;

/** Counts the actors laid out so far against all of them and tells the listener now and then. */
final class Progress {

    private static final int EVERY = 50;

    private final ReportListener listener;
    private final double total;
    private int done;
    private String stage = "";

    Progress(ReportListener listener, int actors) {
        this.listener = listener;
        // every actor is laid out twice: in its section and in the index
        this.total = Math.max(1, 2.0 * actors);
    }

    void stage(String name) {
        stage = name;
        tell();
    }

    void actorDone() {
        if (++done % EVERY == 0) {
            tell();
        }
    }

    private void tell() {
        if (!listener.progress(Math.min(1, done / total), stage)) {
            throw new ReportCancelledException();
        }
    }
}
