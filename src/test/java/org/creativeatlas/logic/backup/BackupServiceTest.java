package org.creativeatlas.logic.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.OnlineBackup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileAnotherThreadWritesIsConsistent() throws Exception {
        try (Catalogue c = Catalogue.open(dir.resolve("live.db"))) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    c.actors().insert(Actor.named(ActorType.ORGANISATION, "Hub " + written.get()));
                    written.incrementAndGet();
                }
            });
            writer.start();
            while (written.get() < 200) {
                Thread.sleep(1);
            }
            BackupInfo backup = new BackupService(c).backup();
            stop.set(true);
            writer.join();
            OnlineBackup.Contents contents = OnlineBackup.inspect(backup.file());
            assertTrue(contents.actors() >= 200 && contents.actors() <= written.get(), contents.toString());
            try (Catalogue copy = Catalogue.open(backup.file())) {
                List<Actor> actors = copy.actors().all();
                for (int i = 0; i < actors.size(); i++) {
                    assertEquals("Hub " + i, actors.get(i).name(), "the backup holds a prefix of the writes");
                }
            }
            assertEquals(dir.resolve("backups"), backup.file().getParent());
        }
    }

    @Test
    void restoreBringsBackTheBackupAfterBackingUpTheCurrentState() {
        try (Catalogue c = Catalogue.open(dir.resolve("cat.db"))) {
            c.actors().insert(Actor.named(ActorType.PERSON, "Данияр Аманалиев"));
            BackupService backups = new BackupService(c);
            BackupInfo one = backups.backup();
            c.actors().insert(Actor.named(ActorType.PERSON, "Daniyar Amanaliev"));
            BackupInfo before = backups.restore(one.file());
            assertEquals(1, c.actors().count());
            assertEquals(2, before.actors());
            assertEquals(2, backups.list().size());
            c.actors().insert(Actor.named(ActorType.PERSON, "Sadyr Japarov"));
            assertEquals(2, c.actors().count(), "the restored catalogue takes edits");
        }
    }

    @Test
    void anUnwritableFolderIsRefusedAndTheCatalogueIsUnchanged() throws IOException {
        // a file where the folder should be: refused whoever runs the test (permissions do not stop root)
        Path blocked = Files.writeString(dir.resolve("backups"), "in the way");
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            c.actors().insert(Actor.named(ActorType.PERSON, "Данияр Аманалиев"));
            BackupService backups = new BackupService(c, blocked, Clock.systemDefaultZone());
            BackupException e = assertThrows(BackupException.class, backups::backup);
            assertTrue(e.getMessage().contains("left unchanged"), e.getMessage());
            assertEquals(1, c.actors().count());
            assertEquals("in the way", Files.readString(blocked));
        }
    }

    @Test
    void aRestoreFromSomethingElseChangesNothing() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            c.actors().insert(Actor.named(ActorType.PERSON, "Данияр Аманалиев"));
            assertThrows(BackupException.class, () -> new BackupService(c).restore(junk));
            assertEquals(1, c.actors().count());
        }
    }

    @Test
    void theLeftoversOfAKilledBackupAreCleanedByTheNextOne() throws IOException {
        try (Catalogue c = Catalogue.open(dir.resolve("atlas.db"))) {
            Path folder = Files.createDirectories(dir.resolve(BackupService.FOLDER));
            // what a restore or backup killed while copying leaves behind, and one being written right now
            Path killed = Files.writeString(folder.resolve(".atlas-20240105-101500-000.db.part"), "half a copy");
            Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
            Path underWay = Files.writeString(folder.resolve(".atlas-20240105-101501-000.db.part"), "being copied");

            new BackupService(c).backup();

            assertFalse(Files.exists(killed), "a leftover of a killed backup");
            assertTrue(Files.exists(underWay), "a copy still being written by another program is left alone");
        }
    }

    @Test
    void retentionKeepsTheLastTenAndOneADayForAWeek() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<BackupInfo> all = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            for (int hour = 0; hour < 5; hour++) {
                all.add(new BackupInfo(Path.of(day + "-" + hour), today.minusDays(day).atTime(10 + hour, 0), 0, 0, 0));
            }
        }
        List<BackupInfo> deleted = Retention.toDelete(all, today);
        List<BackupInfo> kept = all.stream().filter(b -> !deleted.contains(b)).toList();
        assertEquals(10 + 5, kept.size(), "ten of the last two days, then one a day for days 3 to 7");
        assertTrue(kept.stream().allMatch(b -> !b.takenAt().toLocalDate().isBefore(today.minusDays(6))));
        assertTrue(kept.contains(all.get(6 * 5 + 4)), "the newest of the seventh day");
        assertTrue(kept.stream().map(BackupInfo::takenAt).anyMatch(t -> t.equals(LocalDateTime.of(2026, 11, 14, 14, 0))));
    }
}
