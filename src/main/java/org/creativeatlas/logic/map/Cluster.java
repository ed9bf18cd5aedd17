package org.creativeatlas.logic.map;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * One marker: a place, or several whose markers would overlap at this zoom, drawn at the largest one with their
 * counts added up. Positions are world coordinates times the scale, so panning needs no new clusters.
 */
public final class Cluster {

    private final List<PlaceCount> members = new ArrayList<>(1);
    private final int[] byType = new int[ActorType.values().length];
    private final double x;
    private final double y;
    private int total;
    private double radius;

    Cluster(PlaceCount first, double x, double y) {
        this.x = x;
        this.y = y;
        add(first);
    }

    void add(PlaceCount place) {
        members.add(place);
        for (ActorType type : ActorType.values()) {
            byType[type.ordinal()] += place.count(type);
        }
        total += place.total();
    }

    void radius(double r) {
        radius = r;
    }

    /** The places in it, the one it is drawn at first. */
    public List<PlaceCount> members() {
        return members;
    }

    public PlaceCount main() {
        return members.get(0);
    }

    public int total() {
        return total;
    }

    public int count(ActorType type) {
        return byType[type.ordinal()];
    }

    public double scaledX() {
        return x;
    }

    public double scaledY() {
        return y;
    }

    public double radius() {
        return radius;
    }

    /** The ids of every actor at its places. */
    public long[] ids() {
        long[] all = new long[total];
        int at = 0;
        for (PlaceCount p : members) {
            long[] ids = p.ids();
            System.arraycopy(ids, 0, all, at, ids.length);
            at += ids.length;
        }
        return all;
    }

    public boolean contains(long placeId) {
        return members.stream().anyMatch(p -> p.place().id() == placeId);
    }
}
