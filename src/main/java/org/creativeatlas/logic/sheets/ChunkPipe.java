package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs a producer on a thread of its own and hands what it makes to the calling thread in chunks through a short
 * queue, so that reading and checking one part of a sheet overlaps storing the part before: on two cores an import
 * takes about as long as storing alone. A failure on either side stops both and is thrown to the caller; an
 * interrupt of the calling thread (a cancelled task) stops both too.
 */
final class ChunkPipe {

    static final int CHUNK = 5_000;
    /** The first chunk is small so that storing starts within a few milliseconds of reading. */
    static final int FIRST_CHUNK = 500;
    private static final int QUEUED_CHUNKS = 4;

    /** What the producer hands over: an item and how far along the whole work it is (0 to 1). */
    interface Sink<T> {
        void accept(T item, double done);
    }

    /** A run of items and how far along the work the last of them was. */
    record Chunk<T>(List<T> items, double done) {
    }

    private record End(Throwable failure) {
    }

    /** Thrown inside the producer once the consumer has stopped, to unwind it. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private ChunkPipe() {
    }

    static <T> void run(Consumer<Sink<T>> produce, Consumer<Chunk<T>> consume) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        Thread producer = new Thread(() -> produce(produce, queue), "sheet-reader");
        producer.setDaemon(true);
        producer.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof End end) {
                    if (end.failure() != null) {
                        throw rethrown(end.failure());
                    }
                    return;
                }
                @SuppressWarnings("unchecked")
                Chunk<T> chunk = (Chunk<T>) next;
                consume.accept(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The import was cancelled.");
        } finally {
            producer.interrupt();
            joinUninterruptibly(producer);
        }
    }

    private static <T> void produce(Consumer<Sink<T>> produce, BlockingQueue<Object> queue) {
        Throwable failure = null;
        try {
            Chunker<T> chunker = new Chunker<>(queue);
            produce.accept(chunker);
            chunker.flush();
        } catch (Stopped e) {
            return;
        } catch (Throwable e) {
            failure = e;
        }
        try {
            queue.put(new End(failure));
        } catch (InterruptedException e) {
            // the consumer has stopped and is no longer reading
        }
    }

    /** Gathers items into chunks and queues each full one; stops the producer once the consumer has stopped. */
    private static final class Chunker<T> implements Sink<T> {
        private final BlockingQueue<Object> queue;
        private List<T> items = new ArrayList<>(FIRST_CHUNK);
        private int limit = FIRST_CHUNK;
        private double done;

        Chunker(BlockingQueue<Object> queue) {
            this.queue = queue;
        }

        @Override
        public void accept(T item, double doneSoFar) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Stopped();
            }
            items.add(item);
            done = doneSoFar;
            if (items.size() == limit) {
                flush();
                limit = CHUNK;
            }
        }

        void flush() {
            if (items.isEmpty()) {
                return;
            }
            try {
                queue.put(new Chunk<>(items, done));
            } catch (InterruptedException e) {
                throw new Stopped();
            }
            items = new ArrayList<>(CHUNK);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            return e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(failure);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
