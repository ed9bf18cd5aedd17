package org.creativeatlas.logic.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The report could not be saved where asked; the message is one line fit to show as it is. */
public final class ReportWriteException extends RuntimeException {

    ReportWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    static ReportWriteException cannotWrite(Path target, IOException e) {
        return new ReportWriteException("Cannot write " + target + ": " + reason(e) + ". Nothing was written.", e);
    }

    /** The operating system's reason without Java's exception names. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
