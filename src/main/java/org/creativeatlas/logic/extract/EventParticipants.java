package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * "the Eurasian Forum of young scientists", "Congress of young researchers": who an event gathers, in lower case after
 * its "of", is part of its name.
 */
final class EventParticipants {

    /** Those an event of the field gathers. */
    private static final Set<String> PEOPLE = Set.of("scientists", "researchers", "scholars", "students", "rectors",
            "teachers", "writers", "poets", "artists", "musicians", "composers", "journalists", "translators",
            "historians", "orientalists", "archaeologists", "librarians", "entrepreneurs", "leaders", "youth", "women");
    /** The words that may stand before them. */
    private static final Set<String> QUALITIES = Set.of("young", "creative", "talented", "women", "university",
            "school", "student", "national", "foreign");

    private EventParticipants() {
    }

    /** Where such words starting at j end, or j when there are none. */
    static int after(Scan scan, int j, int end) {
        int k = j;
        while (k < end && k - j < 2 && QUALITIES.contains(scan.token(k).text())) {
            k++;
        }
        return k < end && PEOPLE.contains(scan.token(k).text()) ? k + 1 : j;
    }
}
