package org.creativeatlas.logic.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.logic.edit.EditConflict;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.StoreException;

/**
 * Several researchers at once on one team catalogue, each with their own connection and editor, for a while: each
 * adds actors and edits the notes of actors anyone added, without reloading first, so edits overtake each other.
 * A conflict is resolved the way a researcher keeping their own value would (their field on the stored row).
 * Every write the store acknowledged is logged, so a check can find each one, and so are the latencies.
 */
public final class EditorsLoad {

    /** An acknowledged edit: the actor was left at {@code version} holding {@code value}. */
    public record Ack(long actorId, int version, String value) {
    }

    /** What all editors got acknowledged, and how long each write took (nanoseconds). */
    public record Result(Map<Long, String> inserted, List<Ack> edits, int conflicts, long[] latencies, double seconds) {

        public double writesPerSecond() {
            return latencies.length / seconds;
        }

        /** The latency below which {@code share} of the writes stayed, in milliseconds. */
        public double percentileMillis(double share) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (share * sorted.length))] / 1e6;
        }
    }

    private static final int RESOLVE_TRIES = 10;

    private EditorsLoad() {
    }

    public static Result run(Supplier<Catalogue> connect, int editors, Duration duration, long seed) {
        Map<Long, String> inserted = new ConcurrentHashMap<>();
        List<Long> known = new CopyOnWriteArrayList<>();
        List<Ack> edits = new CopyOnWriteArrayList<>();
        List<long[]> latencies = new CopyOnWriteArrayList<>();
        int[] conflicts = new int[editors];
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int e = 0; e < editors; e++) {
                int editor = e;
                running.add(pool.submit(() -> {
                    try (Catalogue catalogue = connect.get()) {
                        catalogue.actors().all();
                        long[] times = work(new CatalogueEditor(catalogue), editor, new Random(seed + editor), end,
                                inserted, known, edits, conflicts);
                        latencies.add(times);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("an editor failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(Map.copyOf(inserted), List.copyOf(edits), Arrays.stream(conflicts).sum(), all, seconds);
    }

    private static long[] work(CatalogueEditor editor, int me, Random random, long end, Map<Long, String> inserted,
                               List<Long> known, List<Ack> edits, int[] conflicts) throws InterruptedException {
        long[] times = new long[1024];
        int count = 0;
        for (int n = 0; System.nanoTime() < end; n++) {
            long started = System.nanoTime();
            String value = "e" + me + "-" + n;
            if (known.size() < 20 || random.nextInt(10) < 3) {
                Actor added = editor.add(ActorType.ORGANISATION, "Hub " + value);
                inserted.put(added.id(), added.name());
                known.add(added.id());
            } else {
                long id = known.get(random.nextInt(known.size()));
                int version = edit(editor, id, value, me, conflicts);
                if (version > 0) {
                    edits.add(new Ack(id, version, value));
                }
            }
            if (count == times.length) {
                times = Arrays.copyOf(times, count * 2);
            }
            times[count++] = System.nanoTime() - started;
            Thread.sleep(random.nextInt(3));
        }
        return Arrays.copyOf(times, count);
    }

    /** Sets the notes, resolving conflicts by keeping this value; the version left, or 0 if not stored. */
    private static int edit(CatalogueEditor editor, long id, String value, int me, int[] conflicts) {
        Catalogue catalogue = editor.catalogue();
        try {
            editor.edit(id, ActorField.NOTES, value);
        } catch (EditConflict conflict) {
            EditConflict open = conflict;
            for (int tries = 0; ; tries++) {
                conflicts[me]++;
                if (open.theirs() == null || tries == RESOLVE_TRIES) {
                    return 0;
                }
                try {
                    editor.resolve(open, open.theirs().with(ActorField.NOTES, value));
                    break;
                } catch (EditConflict again) {
                    open = again;
                }
            }
        } catch (StoreException e) {
            return 0;
        }
        return catalogue.actors().seenVersions(Set.of(id)).get(id);
    }
}
