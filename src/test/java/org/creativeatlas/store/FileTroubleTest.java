package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the file system does to a catalogue: an empty file, a full disk, a read-only mount, each named as such. */
class FileTroubleTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsNotOursAndIsLeftAsItWas() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));

        StoreException e = assertThrows(StoreException.class, () -> Catalogue.open(file));

        assertTrue(e.getMessage().contains("empty.db") && e.getMessage().contains("empty"), e.getMessage());
        assertEquals(0, Files.size(file));
        assertFalse(Files.exists(dir.resolve("empty.db-wal")) || Files.exists(dir.resolve("empty.db-shm")));
    }

    @Test
    void aFullDiskIsNamedAndNothingIsStoredHalfWay() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 1024)) {
            Path file = disk.path().resolve("atlas.db");
            try (Catalogue catalogue = Catalogue.open(file)) {
                catalogue.actors().insert(Actor.named(ActorType.ORGANISATION, "Almaty Creative Hub"));
                disk.fill();

                StoreException e = assertThrows(StoreException.class, () -> catalogue.actors().insertAll(many(3000)));

                assertEquals(StoreException.Kind.DISK_FULL, e.kind());
                assertTrue(e.getMessage().contains("full") && e.getMessage().contains(disk.path().toString()),
                        e.getMessage());
                assertFalse(e.getMessage().contains("SQLITE") || e.getMessage().contains("\n"), e.getMessage());
                assertEquals(1, catalogue.actors().count());
            }
            Files.delete(disk.path().resolve("filler"));
            try (Catalogue again = Catalogue.open(file)) {
                assertEquals(1, again.actors().count(), "nothing of the failed transaction");
            }
        }
    }

    @Test
    void aReadOnlyFileSystemIsNamedAsSuch() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 1024)) {
            Path file = disk.path().resolve("atlas.db");
            Catalogue.open(file).close();
            disk.remountReadOnly();

            StoreException open = assertThrows(StoreException.class, () -> Catalogue.open(file));
            StoreException create = assertThrows(StoreException.class,
                    () -> Catalogue.open(disk.path().resolve("new.db")));

            for (StoreException e : List.of(open, create)) {
                assertEquals(StoreException.Kind.READ_ONLY, e.kind());
                assertTrue(e.getMessage().contains("read-only file system"), e.getMessage());
                assertFalse(e.getMessage().contains("permissions"), e.getMessage());
            }
        }
    }

    private static List<Actor> many(int count) {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Actor.named(ActorType.ORGANISATION, "Ұйым " + i).with(ActorField.DESCRIPTION,
                    "Шығармашылық индустриялар орталығы ".repeat(10)));
        }
        return out;
    }
}
