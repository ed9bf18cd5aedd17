package org.creativeatlas.logic.report;

import java.io.IOException;
import java.nio.file.Path;
import org.creativeatlas.logic.FileReplacer;

/** The report could not be saved where asked; the message is one line fit to show as it is. */
public final class ReportWriteException extends RuntimeException {

    ReportWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    static ReportWriteException cannotWrite(Path target, IOException e) {
        return new ReportWriteException("Cannot write " + target + ": " + FileReplacer.reason(e) + ". Nothing was written.", e);
    }
}
