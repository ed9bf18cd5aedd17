package org.creativeatlas.ui;

import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.sheets.SheetException;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.StoreException;

/**
 * Why something failed, in the window's language: the failures that carry a {@link Problem} are said from it; any
 * other keeps its message, which is English (the command line's words) or the system's own.
 */
public final class Reasons {

    private Reasons() {
    }

    public static String of(Throwable e, Messages messages) {
        if (e instanceof StoreException s && s.problem().isPresent()) {
            return messages.problem(s.problem().get());
        }
        if (e instanceof SheetException s && s.problem().isPresent()) {
            return messages.problem(s.problem().get());
        }
        if (e instanceof DocumentException d) {
            return messages.problem(d.problem());
        }
        return String.valueOf(e.getMessage());
    }
}
