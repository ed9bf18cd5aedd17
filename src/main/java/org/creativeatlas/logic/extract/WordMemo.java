package org.creativeatlas.logic.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a function of a word alone gave: words repeat through a text and from one text to the next, so
 * most of them are looked up rather than worked out again. Safe from several threads; once it holds {@code limit}
 * words it starts afresh, so a huge text cannot fill the memory.
 */
public final class WordMemo<V> {

    private static final Object NONE = new Object();

    private final Map<String, Object> known = new ConcurrentHashMap<>();
    private final Function<String, V> function;
    private final int limit;

    public WordMemo(Function<String, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    /** What the function gives for this word, null included. */
    @SuppressWarnings("unchecked")
    public V get(String word) {
        Object v = known.get(word);
        if (v == null) {
            V computed = function.apply(word);
            if (known.size() >= limit) {
                known.clear();
            }
            known.put(word, computed == null ? NONE : computed);
            return computed;
        }
        return v == NONE ? null : (V) v;
    }
}
