package org.creativeatlas.logic.sheets;

import java.nio.file.Path;
import java.util.Optional;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Problem;

/**
 * A spreadsheet that cannot be read or written. The message is the English sentence, for the command line; a sheet
 * the window reads has its {@link #problem()} too, to be said in the window's language.
 */
public final class SheetException extends RuntimeException {

    private final transient Problem problem;

    public SheetException(Problem problem) {
        this(problem, null);
    }

    public SheetException(Problem problem, Throwable cause) {
        super(Messages.english(problem), cause);
        this.problem = problem;
    }

    /** A fault of a mapping file, which only the command line and the log say, in English. */
    public SheetException(String message) {
        this(message, null);
    }

    public SheetException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    /** The problem to say in the reader's language; empty where the message is English only. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The same fault, naming the file it is in. */
    SheetException in(Path file) {
        String name = String.valueOf(file.getFileName());
        return problem == null ? new SheetException(name + ": " + getMessage(), this)
                : new SheetException(Problem.of("sheet.error.file", name, problem), this);
    }
}
