package org.creativeatlas.logic.geo;

/** What a place is in its country: a capital, a region's centre, a city whose names were checked, or a town. */
public enum PlaceRole {
    CAPITAL, REGION, CITY, TOWN;

    /** Higher for places a reader looks for first: labels and ambiguous names go to them. */
    public int rank() {
        return values().length - ordinal();
    }
}
