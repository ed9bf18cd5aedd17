package org.creativeatlas.logic.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes a country's count falls in for its shade: none (0), then up to five classes with round upper bounds
 * (1, 2, 5, 10, 20, 50, …) spaced evenly on a log scale up to the largest count, since a catalogue often holds a
 * hundred times more actors in one country than in its neighbour.
 */
public final class ClassBreaks {

    public static final int MAX_CLASSES = 5;

    /** Upper bounds of the classes, ascending; the first class starts at 1. */
    private final int[] upper;

    private ClassBreaks(int[] upper) {
        this.upper = upper;
    }

    public static ClassBreaks of(int max) {
        List<Integer> bounds = new ArrayList<>();
        if (max <= MAX_CLASSES) {
            for (int i = 1; i <= max; i++) {
                bounds.add(i);
            }
        } else {
            for (int i = 1; i <= MAX_CLASSES; i++) {
                int bound = i == MAX_CLASSES ? max : nice(Math.pow(max, (double) i / MAX_CLASSES));
                if (bounds.isEmpty() || bound > bounds.get(bounds.size() - 1)) {
                    bounds.add(Math.min(bound, max));
                }
            }
        }
        return new ClassBreaks(bounds.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The round number (1, 2 or 5 times a power of ten) nearest above. */
    static int nice(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, value))));
        for (int step : new int[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return (int) Math.round(step * power);
            }
        }
        return (int) Math.round(10 * power);
    }

    public int size() {
        return upper.length;
    }

    /** The class of a count: -1 for none, else 0 to {@code size() - 1}. */
    public int classOf(int count) {
        if (count <= 0) {
            return -1;
        }
        for (int i = 0; i < upper.length; i++) {
            if (count <= upper[i]) {
                return i;
            }
        }
        return upper.length - 1;
    }

    /** The smallest count of a class. */
    public int lower(int klass) {
        return klass == 0 ? 1 : upper[klass - 1] + 1;
    }

    public int upper(int klass) {
        return upper[klass];
    }
}
