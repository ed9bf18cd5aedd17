package org.creativeatlas.ui.imports;

import org.creativeatlas.ui.viewmodel.ReviewViewModel;

/** What the review window asks of the import run: store this document's decisions, skip it, or stop. */
interface ReviewActions {

    /** Stores the decisions (in the background) and goes on to the next document. */
    void finish(ReviewViewModel review);

    /** Goes on to the next document, storing nothing for this one. */
    void skip();

    /** Ends the review; nothing more is stored. */
    void cancel();
}
