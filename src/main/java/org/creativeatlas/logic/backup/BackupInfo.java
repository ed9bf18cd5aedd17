package org.creativeatlas.logic.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file: when it was taken and what it holds ({@code -1} counts when the file cannot be read). */
public record BackupInfo(Path file, LocalDateTime takenAt, long actors, long links, long sources) {

    public boolean readable() {
        return actors >= 0;
    }
}
