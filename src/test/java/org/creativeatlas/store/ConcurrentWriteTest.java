package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two programs writing to one catalogue file, each through its own connection as two command-line runs do: a writer
 * waits its turn and stores everything; it gives up only after a long wait, with one line.
 */
class ConcurrentWriteTest {

    @TempDir
    Path dir;

    @Test
    void twoWritersOnOneFileBothStoreEverything() throws Exception {
        Path file = dir.resolve("shared.db");
        Catalogue.open(file).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Catalogue a = Catalogue.open(file); Catalogue b = Catalogue.open(file)) {
            List<Future<?>> runs = List.of(pool.submit(() -> write(a, "A")), pool.submit(() -> write(b, "B")));
            for (Future<?> run : runs) {
                run.get();
            }
            assertEquals(2 * 150, a.actors().count());
        } finally {
            pool.shutdown();
        }
    }

    /** Like storing a document: a read first (the next id), then the writes, in one transaction. */
    private static void write(Catalogue catalogue, String prefix) {
        for (int i = 0; i < 150; i++) {
            int n = i;
            catalogue.inTransaction(() -> {
                long next = catalogue.actors().maxId() + 1;
                catalogue.actors().insert(Actor.named(ActorType.ORGANISATION, prefix + " " + n + " after " + next));
            });
        }
    }

    @Test
    void aWriterWaitsWhileAnotherProgramHoldsTheFileThenStores() throws Exception {
        Path file = dir.resolve("held.db");
        Catalogue.open(file).close();
        try (Catalogue catalogue = Catalogue.open(file); Connection other = holdWriteLock(file)) {
            catalogue.actors().count(); // a read before the other program lets go, as a review is read first
            Thread release = releaseLater(other, 1500);
            long start = System.nanoTime();

            catalogue.inTransaction(() -> {
                catalogue.actors().maxId();
                catalogue.actors().insert(Actor.named(ActorType.EVENT, "Форум креативных индустрий"));
            });

            long waited = (System.nanoTime() - start) / 1_000_000;
            release.join();
            assertTrue(waited >= 1000, "stored after " + waited + " ms, while the other program held the file");
            assertEquals(2, catalogue.actors().count());
        }
    }

    @Test
    void aWriterGivesUpAfterItsWaitWithOneLineAndStoresNothing() throws Exception {
        Path file = dir.resolve("busy.db");
        Catalogue.open(file).close();
        try (Catalogue catalogue = Catalogue.open(file, Duration.ofMillis(800))) {
            Connection other = holdWriteLock(file);
            Thread release = releaseLater(other, 4000);
            long start = System.nanoTime();

            StoreException e = assertThrows(StoreException.class, () -> catalogue.inTransaction(() ->
                    catalogue.actors().insert(Actor.named(ActorType.PERSON, "Айгерім Сейітова"))));

            long waited = (System.nanoTime() - start) / 1_000_000;
            assertEquals(StoreException.Kind.BUSY, e.kind());
            assertTrue(e.getMessage().contains("busy.db") && e.getMessage().contains("in use"), e.getMessage());
            assertFalse(e.getMessage().contains("SQLITE") || e.getMessage().contains("\n"), e.getMessage());
            assertTrue(waited >= 700 && waited < 3500, "gave up after " + waited + " ms");
            release.join();
            other.close();
            assertEquals(1, catalogue.actors().count(), "only the other program's row");
        }
    }

    @Test
    void aBriefWriteIsRefusedLongBeforeTheUsualWaitAndTheNextWriteWaitsAsUsual() throws Exception {
        Path file = dir.resolve("brief.db");
        Catalogue.open(file).close();
        try (Catalogue catalogue = Catalogue.open(file); Connection other = holdWriteLock(file)) {
            long start = System.nanoTime();

            StoreException e = assertThrows(StoreException.class, () -> catalogue.db().briefly(Duration.ofMillis(300),
                    () -> catalogue.actors().insert(Actor.named(ActorType.PERSON, "Жанна Құрманғалиева"))));

            long waited = (System.nanoTime() - start) / 1_000_000;
            assertEquals(StoreException.Kind.BUSY, e.kind());
            assertTrue(waited < 10_000, "refused after " + waited + " ms, not after the usual 30 s");
            Thread release = releaseLater(other, 1500);
            catalogue.inTransaction(() -> catalogue.actors().insert(Actor.named(ActorType.PERSON, "Әлия Нұрова")));
            release.join();
            assertEquals(List.of("Held by another program", "Әлия Нұрова"),
                    catalogue.actors().all().stream().map(Actor::name).sorted().toList(),
                    "the brief write stored nothing; the next one waited its turn and stored");
        }
    }

    @Test
    void aBriefWriteIsRefusedWhileALongWriteOfTheSameWindowRuns() throws Exception {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("own.db"))) {
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread importer = new Thread(() -> catalogue.inTransaction(() -> {
                catalogue.actors().insert(Actor.named(ActorType.ORGANISATION, "Qazaq Geography"));
                writing.countDown();
                await(done);
            }));
            importer.start();
            writing.await();

            StoreException e = assertThrows(StoreException.class, () -> catalogue.db().briefly(Duration.ofMillis(200),
                    () -> catalogue.actors().insert(Actor.named(ActorType.PERSON, "Айгерім Сейітова"))));

            done.countDown();
            importer.join();
            assertEquals(StoreException.Kind.BUSY, e.kind());
            assertEquals(List.of("Qazaq Geography"), catalogue.actors().all().stream().map(Actor::name).toList());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTransactionThatMeetsABusyFileIsRunAgainFromItsStart() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("again.db"))) {
            AtomicInteger runs = new AtomicInteger();

            catalogue.inTransaction(() -> {
                catalogue.actors().insert(Actor.named(ActorType.PLATFORM, "Open University of Kazakhstan"));
                if (runs.incrementAndGet() == 1) {
                    // what SQLite says when another writer committed since this transaction's first read
                    throw new StoreException("snapshot out of date", StoreException.Kind.BUSY);
                }
            });

            assertEquals(2, runs.get());
            assertEquals(1, catalogue.actors().count(), "the first run was rolled back, the second stored");
        }
    }

    /** Another program's write transaction on the file, holding its write lock until released. */
    private static Connection holdWriteLock(Path file) throws Exception {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("INSERT INTO actor (type, name) VALUES ('organisation', 'Held by another program')");
        }
        return other;
    }

    private static Thread releaseLater(Connection other, long millis) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
                try (Statement st = other.createStatement()) {
                    st.execute("COMMIT");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }
}
