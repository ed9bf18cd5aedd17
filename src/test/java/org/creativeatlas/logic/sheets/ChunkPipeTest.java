package org.creativeatlas.logic.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ChunkPipeTest {

    @Test
    void everyItemArrivesInOrderInChunksWithTheLastProgress() {
        List<Integer> got = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<Double> done = new ArrayList<>();
        int n = ChunkPipe.FIRST_CHUNK + ChunkPipe.CHUNK + 7;
        ChunkPipe.<Integer>run(sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(i, (i + 1) / (double) n);
            }
        }, chunk -> {
            got.addAll(chunk.items());
            sizes.add(chunk.items().size());
            done.add(chunk.done());
        });
        assertEquals(n, got.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, got.get(i));
        }
        assertEquals(List.of(ChunkPipe.FIRST_CHUNK, ChunkPipe.CHUNK, 7), sizes);
        assertEquals(1.0, done.get(2), 1e-9);
    }

    @Test
    void aFailureWhileStoringStopsTheReaderAndReachesTheCaller() {
        AtomicBoolean readerFinished = new AtomicBoolean();
        IllegalStateException failure = new IllegalStateException("disk full");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ChunkPipe.<Integer>run(sink -> {
            try {
                for (int i = 0; i < 10_000_000; i++) {
                    sink.accept(i, 0);
                }
            } finally {
                readerFinished.set(true);
            }
        }, chunk -> {
            throw failure;
        }));
        assertSame(failure, thrown);
        assertTrue(readerFinished.get(), "the reader has stopped before run returns");
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("sheet-reader") && t.isAlive()));
    }

    @Test
    void aFailureWhileReadingReachesTheCallerAfterTheChunksBeforeIt() {
        List<Integer> stored = new ArrayList<>();
        SheetException thrown = assertThrows(SheetException.class, () -> ChunkPipe.<Integer>run(sink -> {
            for (int i = 0; i < ChunkPipe.FIRST_CHUNK; i++) {
                sink.accept(i, 0);
            }
            throw new SheetException("The CSV file is malformed");
        }, chunk -> stored.addAll(chunk.items())));
        assertEquals("The CSV file is malformed", thrown.getMessage());
        assertEquals(ChunkPipe.FIRST_CHUNK, stored.size());
    }

    @Test
    void interruptingTheCallerCancels() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> ChunkPipe.<Integer>run(sink -> {
                for (int i = 0; i < 10_000_000; i++) {
                    sink.accept(i, 0);
                }
            }, chunk -> { }));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller's caller");
        } finally {
            Thread.interrupted();
        }
    }
}
