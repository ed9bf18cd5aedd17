package org.creativeatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.creativeatlas.logic.FileReplacer;

/** A problem the user can fix (a file that cannot be read or written), with a message fit to print as it is. */
final class UserError extends RuntimeException {

    UserError(String message, Throwable cause) {
        super(message, cause);
    }

    static UserError cannotRead(Path file, IOException e) {
        return new UserError("Cannot read " + file + ": " + reason(e) + ".", e);
    }

    static UserError cannotWrite(Path file, IOException e) {
        return new UserError("Cannot write " + file + ": " + FileReplacer.reason(e) + ". Nothing was written.", e);
    }

    /** The operating system's reason without Java's exception names, which mean nothing to a researcher. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
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
