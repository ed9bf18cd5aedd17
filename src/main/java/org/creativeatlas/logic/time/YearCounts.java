package org.creativeatlas.logic.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;

/**
 * What happened when: per year, the events held and the organisations and platforms founded or launched that year
 * (each actor counted in its start year), and how many of each type carry no year.
 */
public final class YearCounts {

    /** The types a timeline counts: those that carry years. */
    public static final List<ActorType> TYPES = List.of(ActorType.EVENT, ActorType.ORGANISATION, ActorType.PLATFORM);

    private final TreeMap<Integer, int[]> byYear = new TreeMap<>();
    private final int[] undated = new int[ActorType.values().length];

    private YearCounts() {
    }

    public static YearCounts of(Collection<Actor> actors) {
        return of(actors, a -> true);
    }

    public static <T> YearCounts of(Iterable<T> items, java.util.function.Function<T, Actor> actor,
                                     Predicate<T> keep) {
        YearCounts counts = new YearCounts();
        for (T item : items) {
            if (keep.test(item)) {
                counts.add(actor.apply(item));
            }
        }
        return counts;
    }

    public static YearCounts of(Collection<Actor> actors, Predicate<Actor> keep) {
        return of(actors, a -> a, keep);
    }

    private void add(Actor a) {
        if (!TYPES.contains(a.type())) {
            return;
        }
        int year = ActorYears.start(a);
        if (year == ActorYears.NONE) {
            undated[a.type().ordinal()]++;
        } else {
            byYear.computeIfAbsent(year, y -> new int[ActorType.values().length])[a.type().ordinal()]++;
        }
    }

    public boolean isEmpty() {
        return byYear.isEmpty();
    }

    public int firstYear() {
        return byYear.firstKey();
    }

    public int lastYear() {
        return byYear.lastKey();
    }

    /** The years that have something, in order. */
    public List<Integer> years() {
        return new ArrayList<>(byYear.keySet());
    }

    public int count(int year, ActorType type) {
        int[] n = byYear.get(year);
        return n == null ? 0 : n[type.ordinal()];
    }

    public int total(int year) {
        int[] n = byYear.get(year);
        int sum = 0;
        if (n != null) {
            for (int v : n) {
                sum += v;
            }
        }
        return sum;
    }

    /** The largest total of any year. */
    public int maxTotal() {
        return byYear.keySet().stream().mapToInt(this::total).max().orElse(0);
    }

    public int undated(ActorType type) {
        return undated[type.ordinal()];
    }
}
