package org.creativeatlas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Optional;
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
        return known(e, messages).orElseGet(() -> String.valueOf(e.getMessage()));
    }

    /**
     * The reason of a failure that carries one (a full disk, a lost server, a refused file), in the window's
     * language; empty for a failure nobody foresaw, which the caller logs as an error.
     */
    public static Optional<String> known(Throwable e, Messages messages) {
        Problem problem = null;
        if (e instanceof StoreException s) {
            problem = s.problem().orElse(null);
        } else if (e instanceof SheetException s) {
            problem = s.problem().orElse(null);
        } else if (e instanceof BackupException b) {
            problem = b.problem();
        } else if (e instanceof ReportWriteException r) {
            problem = r.problem();
        } else if (e instanceof DocumentException d) {
            problem = d.problem();
        } else if (e instanceof UncheckedIOException u && u.getCause() instanceof FileSystemException fs
                && fs.getFile() != null) {
            // a folder that cannot be read, say: its path and the reason, without Java's exception name
            return Optional.of(messages.get("file.error.path", fs.getFile(), messages.problem(FileReplacer.why(fs))));
        }
        return Optional.ofNullable(problem).map(messages::problem);
    }

    /** Why a file could not be written: a common reason in the window's language, else the system's words. */
    public static String ofWrite(IOException e, Messages messages) {
        return messages.problem(FileReplacer.why(e));
    }
}
