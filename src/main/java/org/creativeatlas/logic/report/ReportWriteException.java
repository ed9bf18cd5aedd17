package org.creativeatlas.logic.report;

import java.io.IOException;
import java.nio.file.Path;
import org.creativeatlas.logic.FileReplacer;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Problem;

/**
 * The report could not be saved where asked. The message is one line fit to show as it is, in English, as the
 * command line prints it; the window says the {@link #problem()} in its language.
 */
public final class ReportWriteException extends RuntimeException {

    private final transient Problem problem;

    ReportWriteException(Problem problem, Throwable cause) {
        super(Messages.english(problem), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static ReportWriteException cannotWrite(Path target, IOException e) {
        return new ReportWriteException(Problem.of("file.error.cannot_write", target.toString(), FileReplacer.why(e)),
                e);
    }

    static ReportWriteException folder(Path target) {
        return new ReportWriteException(Problem.of("file.error.folder", target.toString()), null);
    }
}
