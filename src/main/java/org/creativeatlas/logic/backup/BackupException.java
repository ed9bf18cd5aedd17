package org.creativeatlas.logic.backup;

/** A backup or restore that could not be done; the message is fit to show as it is, and says the catalogue is unchanged. */
public final class BackupException extends RuntimeException {

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
