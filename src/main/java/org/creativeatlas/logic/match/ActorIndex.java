package org.creativeatlas.logic.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;

/**
 * The catalogue's names, blocked by their words: a query looks only at names sharing a word, or the first four
 * letters of one (which other cases of the word and most spelling slips keep), and scores in full only the few
 * that share the most telling words. Words so common that they block hundreds of names only rank the names rarer
 * words found; a name made of nothing but such words looks at the first {@value #COMMON} names holding one.
 */
final class ActorIndex {

    /** One stored name or name variant of an actor. */
    record Entry(Actor actor, String name, NameKey key) {
    }

    /** How many names a query scores in full, at most. */
    static final int CANDIDATES = 64;
    private static final int COMMON = 2000;
    private static final int RANK_ONLY = 256;
    private static final int PREFIX = 4;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<ActorType, Map<String, List<Integer>>> postings = new EnumMap<>(ActorType.class);
    private final Map<ActorType, Integer> sizes = new EnumMap<>(ActorType.class);
    /** Per stored name, how much it shares with the current query; zeroed again after each query. */
    private double[] shared = new double[0];

    void add(Actor actor, String name) {
        NameKey key = NameKey.of(name, actor.type() == ActorType.PERSON);
        if (key.words().isEmpty()) {
            return;
        }
        int id = entries.size();
        entries.add(new Entry(actor, name, key));
        sizes.merge(actor.type(), 1, Integer::sum);
        Map<String, List<Integer>> byKey = postings.computeIfAbsent(actor.type(), t -> new HashMap<>());
        for (String block : blocks(key)) {
            byKey.computeIfAbsent(block, b -> new ArrayList<>(2)).add(id);
        }
    }

    /** The stored names most likely to match, best-blocked first; never more than {@link #CANDIDATES}. */
    List<Entry> candidates(ActorType type, NameKey query) {
        return candidates(type, query, CANDIDATES);
    }

    /** The same, never more than {@code limit} (at most {@link #CANDIDATES}). */
    List<Entry> candidates(ActorType type, NameKey query, int limit) {
        Map<String, List<Integer>> byKey = postings.getOrDefault(type, Map.of());
        List<List<Integer>> lists = new ArrayList<>();
        for (String block : blocks(query)) {
            List<Integer> ids = byKey.get(block);
            if (ids != null) {
                lists.add(ids);
            }
        }
        lists.sort(Comparator.comparingInt(List::size));
        if (shared.length < entries.size()) {
            shared = Arrays.copyOf(shared, Math.max(entries.size(), 2 * shared.length));
        }
        IntList touched = new IntList();
        for (int i = 0; i < lists.size(); i++) {
            List<Integer> ids = lists.get(i);
            // a common word only ranks the names rarer words found, once there are enough of them
            boolean rankOnly = i > 0 && (ids.size() > COMMON || touched.size >= limit && ids.size() > RANK_ONLY);
            double rarity = 1.0 / Math.log(2 + ids.size());
            for (int k = 0, n = Math.min(ids.size(), COMMON); k < n; k++) {
                int id = ids.get(k);
                if (shared[id] == 0) {
                    if (rankOnly) {
                        continue;
                    }
                    touched.add(id);
                }
                shared[id] += rarity;
            }
        }
        PriorityQueue<Integer> best = new PriorityQueue<>(Comparator.comparingDouble(id -> shared[id]));
        for (int k = 0; k < touched.size; k++) {
            best.add(touched.values[k]);
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Entry> out = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            out.add(entries.get(best.poll()));
        }
        for (int k = 0; k < touched.size; k++) {
            shared[touched.values[k]] = 0;
        }
        Collections.reverse(out);
        return out;
    }

    /** A growable list of ints, so a query's bookkeeping boxes nothing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }
    }

    /** How much a word tells, by how few names of the type hold it: ln(1 + names / (1 + holders)). */
    double weight(ActorType type, String word) {
        List<Integer> holders = postings.getOrDefault(type, Map.of()).get("w:" + word);
        return Math.log(1 + (double) (sizes.getOrDefault(type, 0) + 1) / (1 + (holders == null ? 0 : holders.size())));
    }

    private static Set<String> blocks(NameKey key) {
        Set<String> blocks = new LinkedHashSet<>();
        for (NameKey.Word w : key.words()) {
            blocks.add("w:" + w.form());
            blocks.add("p:" + w.form().substring(0, Math.min(PREFIX, w.form().length())));
        }
        return blocks;
    }
}
