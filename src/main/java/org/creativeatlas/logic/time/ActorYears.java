package org.creativeatlas.logic.time;

import org.creativeatlas.model.Actor;

/**
 * The years an actor is dated by: an event's from its start to its end date, an organisation's or platform's from
 * its start year (founding, launch) to its end year or on; people carry no dates. {@link #NONE} stands for no year.
 */
public final class ActorYears {

    public static final int NONE = Integer.MIN_VALUE;

    private ActorYears() {
    }

    /** The year the actor starts (an event's year, a founding year), or {@link #NONE}. */
    public static int start(Actor a) {
        return switch (a.type()) {
            case EVENT -> year(a.startDate());
            case ORGANISATION, PLATFORM -> a.startYear() == null ? NONE : a.startYear();
            case PERSON -> NONE;
        };
    }

    /** The last year the actor is there: an event's end (or start) year, a closed platform's end year, else none. */
    public static int end(Actor a) {
        return switch (a.type()) {
            case EVENT -> a.endDate() == null ? year(a.startDate()) : year(a.endDate());
            case ORGANISATION, PLATFORM -> a.endYear() == null ? NONE : a.endYear();
            case PERSON -> NONE;
        };
    }

    /** Whether the actor has any year at all. */
    public static boolean dated(Actor a) {
        return start(a) != NONE || end(a) != NONE;
    }

    /** The year of a {@code yyyy[-mm[-dd]]} date, read without making a string; {@link #NONE} if there is none. */
    static int year(String date) {
        if (date == null || date.length() < 4) {
            return NONE;
        }
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = date.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            y = y * 10 + (c - '0');
        }
        return y;
    }
}
