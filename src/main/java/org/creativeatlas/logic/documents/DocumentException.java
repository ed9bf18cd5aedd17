package org.creativeatlas.logic.documents;

/**
 * A file that cannot be imported, with a one-line message fit for the import summary. Checked, so every caller
 * decides what a refused file means for its batch; {@link #reason()} lets a UI translate or group the refusals.
 */
public final class DocumentException extends Exception {

    /** Why a file was refused. */
    public enum Reason { UNSUPPORTED, EMPTY, TOO_LARGE, BINARY, ENCRYPTED, DAMAGED, UNSAFE, UNREADABLE }

    private final Reason reason;
    private final String fileName;
    private final String detail;

    public DocumentException(Reason reason, String detail) {
        this(reason, null, detail, null);
    }

    public DocumentException(Reason reason, String detail, Throwable cause) {
        this(reason, null, detail, cause);
    }

    private DocumentException(Reason reason, String fileName, String detail, Throwable cause) {
        super(fileName == null ? detail : fileName + ": " + detail, cause);
        this.reason = reason;
        this.fileName = fileName;
        this.detail = detail;
    }

    /** The same refusal naming the file it concerns. */
    DocumentException forFile(String name) {
        DocumentException named = new DocumentException(reason, name, detail, getCause());
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

    /** The message without the file name. */
    public String detail() {
        return detail;
    }
}
