package org.creativeatlas.logic.backup;

import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Problem;

/**
 * A backup or restore that could not be done. The message is fit to show as it is and says the catalogue is
 * unchanged, in English, as the command line prints it; the window says the {@link #problem()} in its language.
 */
public final class BackupException extends RuntimeException {

    private final transient Problem problem;

    public BackupException(Problem problem, Throwable cause) {
        super(Messages.english(problem), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
