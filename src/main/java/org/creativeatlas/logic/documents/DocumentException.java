package org.creativeatlas.logic.documents;

import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Problem;

/**
 * A file that cannot be imported, with a one-line message fit for the import summary. Checked, so every caller
 * decides what a refused file means for its batch; {@link #reason()} lets a UI group the refusals and
 * {@link #problem()} say them in the window's language (the message is the English of it, for the command line).
 */
public final class DocumentException extends Exception {

    /** Why a file was refused. */
    public enum Reason { UNSUPPORTED, EMPTY, TOO_LARGE, BINARY, ENCRYPTED, DAMAGED, UNSAFE, UNREADABLE }

    private final Reason reason;
    private final String fileName;
    private final transient Problem problem;

    public DocumentException(Reason reason, Problem problem) {
        this(reason, null, problem, null);
    }

    public DocumentException(Reason reason, Problem problem, Throwable cause) {
        this(reason, null, problem, cause);
    }

    private DocumentException(Reason reason, String fileName, Problem problem, Throwable cause) {
        super(fileName == null ? Messages.english(problem) : fileName + ": " + Messages.english(problem), cause);
        this.reason = reason;
        this.fileName = fileName;
        this.problem = problem;
    }

    /** The same refusal naming the file it concerns. */
    DocumentException forFile(String name) {
        DocumentException named = new DocumentException(reason, name, problem, getCause());
        named.setStackTrace(getStackTrace());
        return named;
    }

    public Reason reason() {
        return reason;
    }

    /** The file's name, or null before it is known. */
    public String fileName() {
        return fileName;
    }

    /** Why the file was refused, without its name, to be said in the reader's language. */
    public Problem problem() {
        return problem;
    }
}
