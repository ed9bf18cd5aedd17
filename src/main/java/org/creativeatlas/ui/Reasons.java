package org.creativeatlas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.creativeatlas.logic.FileReplacer;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.backup.BackupException;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.report.ReportWriteException;
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
        if (e instanceof BackupException b) {
            return messages.problem(b.problem());
        }
        if (e instanceof ReportWriteException r) {
            return messages.problem(r.problem());
        }
        if (e instanceof DocumentException d) {
            return messages.problem(d.problem());
        }
        if (e instanceof UncheckedIOException u && u.getCause() instanceof FileSystemException fs && fs.getFile() != null
                && FileReplacer.why(fs) instanceof Problem p) {
            // a folder that cannot be read, say: its path and the reason, without Java's exception name
            return messages.get("file.error.path", fs.getFile(), messages.problem(p));
        }
        return String.valueOf(e.getMessage());
    }

    /** Why a file could not be written: a common reason in the window's language, else the system's words. */
    public static String ofWrite(IOException e, Messages messages) {
        return FileReplacer.why(e) instanceof Problem p ? messages.problem(p) : FileReplacer.reason(e);
    }
}
