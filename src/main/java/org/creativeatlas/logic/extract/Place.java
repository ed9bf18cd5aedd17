package org.creativeatlas.logic.extract;

/**
 * A place named in the text, tokens {@code from} to {@code to} (exclusive): its country (null for a region such as
 * Central Asia), its English city name if a city, whether it is only a nationality adjective, and whether it is
 * where something goes ("to Bishkek", «Бішкек қаласына») rather than where it is.
 */
record Place(int from, int to, String country, String city, boolean adjective, boolean destination) {

    /** Whether this names a state: a country, not a city, a region or a nationality's adjective. */
    boolean state() {
        return country != null && city == null && !adjective;
    }
}
