package org.creativeatlas.logic.imports;

import java.nio.file.Path;

/**
 * How one file of a batch went: a summary, or the one-line reason it was refused (the catalogue unchanged for it);
 * {@code stopsBatch} when the reason (a full disk, a catalogue that stayed busy) would refuse every file after it.
 */
public record FileResult(Path file, AcceptSummary summary, String error, boolean stopsBatch) {

    public static FileResult ok(Path file, AcceptSummary summary) {
        return new FileResult(file, summary, null, false);
    }

    public static FileResult failed(Path file, String error) {
        return new FileResult(file, null, error, false);
    }

    public static FileResult stopped(Path file, String error) {
        return new FileResult(file, null, error, true);
    }

    public boolean isOk() {
        return error == null;
    }

    /** "name: summary" or "name: error", for a per-file status line. */
    public String line() {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return isOk() ? name + ": " + summary.line() : error.startsWith(name + ":") ? error : name + ": " + error;
    }
}
