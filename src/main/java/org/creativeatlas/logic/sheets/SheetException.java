package org.creativeatlas.logic.sheets;

/** A spreadsheet that cannot be read or written; the message is fit to show as it is. */
public final class SheetException extends RuntimeException {

    public SheetException(String message) {
        super(message);
    }

    public SheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
