package org.creativeatlas.logic.report;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

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
        if (e instanceof FileNotFoundException && e.getMessage() != null && e.getMessage().endsWith(")")) {
            // "…/.r.pdf.123.part (No such file or directory)": say why, not the temporary file's name
            String message = e.getMessage();
            return message.substring(message.lastIndexOf('(') + 1, message.length() - 1).toLowerCase(Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }
}
