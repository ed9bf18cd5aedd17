package org.creativeatlas.logic.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.OnlineBackup;
import org.creativeatlas.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of one open catalogue in a {@code backups} folder beside it, named {@code <catalogue>-<timestamp>.db}:
 * taken with SQLite's online backup (consistent while the catalogue is in use), pruned to the last ten plus one a
 * day for a week, listed with their counts, and restored into the open catalogue after the current state is backed
 * up. After a restore, undo history that refers to the replaced content must be dropped by the caller.
 */
public final class BackupService {

    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** A partial copy untouched this long was left by a backup or restore that was killed, not one under way. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Catalogue catalogue;
    private final Path folder;
    private final Clock clock;
    private final String stem;
    private final Pattern names;
    private final Pattern partials;

    public BackupService(Catalogue catalogue) {
        this(catalogue, folderOf(catalogue), Clock.systemDefaultZone());
    }

    /** A team catalogue is backed up where it lives, by its server's own tools. */
    private static Path folderOf(Catalogue catalogue) {
        if (catalogue.isServer()) {
            throw new StoreException("A team catalogue is backed up by its server (pg_dump " + catalogue.db().server()
                    .database() + "), not by the app.");
        }
        return catalogue.file().resolveSibling(FOLDER);
    }

    BackupService(Catalogue catalogue, Path folder, Clock clock) {
        this.catalogue = catalogue;
        this.folder = folder;
        this.clock = clock;
        String file = catalogue.file().getFileName().toString();
        this.stem = file.endsWith(".db") ? file.substring(0, file.length() - 3) : file;
        this.names = Pattern.compile(Pattern.quote(stem) + "-(\\d{8}-\\d{6}-\\d{3})(?:-\\d+)?\\.db");
        this.partials = Pattern.compile("\\." + names.pattern() + "\\.part");
    }

    public Path folder() {
        return folder;
    }

    /** Takes a backup now, then prunes old ones; a folder that cannot be written is refused with a message. */
    public BackupInfo backup() {
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = freeName(now);
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            OnlineBackup.Contents contents = OnlineBackup.backup(catalogue.db(), partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return new BackupInfo(target, now, contents.actors(), contents.links(), contents.sources());
        } catch (IOException | StoreException e) {
            deleteQuietly(partial);
            throw new BackupException(Problem.of("backup.error.write", folder.toString(), reason(e)), e);
        }
    }

    /** Every backup of this catalogue, newest first, with its counts (read-only). */
    public List<BackupInfo> list() {
        List<BackupInfo> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> takenAt(f).ifPresent(t -> out.add(describe(f, t))));
        } catch (IOException e) {
            throw new BackupException(Problem.of("backup.error.list", folder.toString(), reason(e)), e);
        }
        out.sort(Comparator.comparing(BackupInfo::takenAt).reversed());
        return out;
    }

    /**
     * Replaces the open catalogue's content with the backup's, after checking the backup and backing up the current
     * state (returned, so the caller can offer to go back). Nothing changes if either step fails.
     */
    public BackupInfo restore(Path backup) {
        try {
            OnlineBackup.inspect(backup);
        } catch (StoreException e) {
            throw new BackupException(Problem.of("backup.error.check", reason(e)), e);
        }
        BackupInfo before = backup();
        try {
            OnlineBackup.restore(catalogue.db(), backup);
        } catch (StoreException e) {
            throw new BackupException(Problem.of("backup.error.restore", String.valueOf(backup.getFileName()), reason(e),
                    before.file().toString()), e);
        }
        LOG.info("Restored {} from {} (previous state in {})", catalogue.file(), backup, before.file());
        return before;
    }

    private void prune() {
        List<BackupInfo> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            // pruning needs only the names' times, not the counts
            files.forEach(f -> takenAt(f).ifPresent(t -> all.add(new BackupInfo(f, t, 0, 0, 0))));
        } catch (IOException e) {
            LOG.warn("Cannot prune backups in {}: {}", folder, e.getMessage());
            return;
        }
        for (BackupInfo old : Retention.toDelete(all, LocalDateTime.now(clock).toLocalDate())) {
            deleteQuietly(old.file());
        }
        deleteAbandonedPartials();
    }

    /** Partial copies of killed backups, which the copies after them never finish; another one under way stays. */
    private void deleteAbandonedPartials() {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> partials.matcher(f.getFileName().toString()).matches()).filter(this::abandoned)
                    .forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Cannot clean partial backups in {}: {}", folder, e.getMessage());
        }
    }

    private boolean abandoned(Path partial) {
        try {
            return Files.getLastModifiedTime(partial).toInstant().isBefore(clock.instant().minus(ABANDONED));
        } catch (IOException e) {
            return false;
        }
    }

    private Path freeName(LocalDateTime time) {
        String base = stem + "-" + STAMP.format(time);
        Path candidate = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    private Optional<LocalDateTime> takenAt(Path file) {
        Matcher m = names.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDateTime.parse(m.group(1), STAMP));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static BackupInfo describe(Path file, LocalDateTime time) {
        try {
            OnlineBackup.Contents c = OnlineBackup.inspect(file);
            return new BackupInfo(file, time, c.actors(), c.links(), c.sources());
        } catch (StoreException e) {
            LOG.warn("Unreadable backup {}: {}", file, e.getMessage());
            return new BackupInfo(file, time, -1, -1, -1);
        }
    }

    /** The reason as a problem the window says in its language, or else in the words it came in. */
    private static Object reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Problem.of("file.reason.denied");
        }
        if (e instanceof StoreException s && s.problem().isPresent()) {
            return s.problem().get();
        }
        return String.valueOf(e.getMessage());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", file, e.getMessage());
        }
    }
}
