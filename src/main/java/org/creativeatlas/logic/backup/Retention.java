package org.creativeatlas.logic.backup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which backups to keep: the last {@value #LAST} and, for each of the last {@value #DAYS} days, that day's newest. */
final class Retention {

    static final int LAST = 10;
    static final int DAYS = 7;

    private Retention() {
    }

    /** The backups to delete, given every backup's time and today's date. */
    static List<BackupInfo> toDelete(List<BackupInfo> backups, LocalDate today) {
        List<BackupInfo> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupInfo::takenAt).reversed()).toList();
        Set<BackupInfo> keep = new HashSet<>(newestFirst.subList(0, Math.min(LAST, newestFirst.size())));
        Set<LocalDate> daysKept = new HashSet<>();
        LocalDate firstDay = today.minusDays(DAYS - 1L);
        for (BackupInfo b : newestFirst) {
            LocalDate day = b.takenAt().toLocalDate();
            if (!day.isBefore(firstDay) && daysKept.add(day)) {
                keep.add(b);
            }
        }
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }
}
