package org.creativeatlas.logic.map;

import java.util.Arrays;
import org.creativeatlas.logic.geo.Place;
import org.creativeatlas.model.ActorType;

/** The actors shown at one place: how many of each type, and their ids (for hovering and selecting). */
public final class PlaceCount {

    private final Place place;
    private final int[] byType = new int[ActorType.values().length];
    private long[] ids = new long[4];
    private int total;

    PlaceCount(Place place) {
        this.place = place;
    }

    void add(ActorType type, long id) {
        byType[type.ordinal()]++;
        if (total == ids.length) {
            ids = Arrays.copyOf(ids, total * 2);
        }
        ids[total++] = id;
    }

    public Place place() {
        return place;
    }

    public int total() {
        return total;
    }

    public int count(ActorType type) {
        return byType[type.ordinal()];
    }

    /** The ids of the actors here, in the order they were counted. */
    public long[] ids() {
        return Arrays.copyOf(ids, total);
    }
}
