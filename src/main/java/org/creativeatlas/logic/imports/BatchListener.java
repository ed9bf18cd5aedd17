package org.creativeatlas.logic.imports;

import java.nio.file.Path;

/**
 * Follows a batch import file by file, e.g. a UI task updating its progress bar and status list. The batch asks
 * {@link #isCancelled()} before each file, so a cancel takes effect between files, never inside one.
 */
public interface BatchListener {

    BatchListener NONE = new BatchListener() { };

    /** File {@code index} (from 0) of {@code total} is about to be read. */
    default void started(int index, int total, Path file) {
    }

    /** File {@code index} of {@code total} is done, stored or refused. */
    default void finished(int index, int total, FileResult result) {
    }

    default boolean isCancelled() {
        return false;
    }
}
