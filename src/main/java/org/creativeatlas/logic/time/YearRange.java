package org.creativeatlas.logic.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.Actor;

/**
 * A range of years the main filter may hold, either end open (null). It keeps the actors dated within it — an event
 * held in those years, an organisation or platform there at some time in them (started by the last year and not
 * ended before the first) — and every actor without a year (people, and the many organisations whose founding year
 * nobody wrote down), as a kind constrains only the types it means something for.
 */
public record YearRange(Integer from, Integer to) {

    public static final YearRange ALL = new YearRange(null, null);
    public static final int EARLIEST = 1000;
    public static final int LATEST = 2999;

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{4})?\\s*(?:([-–—])\\s*(\\d{4})?)?\\s*");

    public YearRange {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("The first year " + from + " comes after the last " + to + ".");
        }
    }

    /**
     * Reads "2021-2025", "2021" (one year), "2021-" (from 2021 on) or "-2025" (up to 2025); the dash may be an en
     * dash. Throws {@link IllegalArgumentException} with a message fit to show for anything else.
     */
    public static YearRange parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches() || (m.group(1) == null && m.group(3) == null)) {
            throw new IllegalArgumentException("Write years as 2021-2025, 2021, 2021- or -2025, not \"" + text + "\".");
        }
        Integer from = year(m.group(1));
        Integer to = m.group(2) == null ? from : year(m.group(3));
        return new YearRange(from, to);
    }

    private static Integer year(String digits) {
        if (digits == null) {
            return null;
        }
        int y = Integer.parseInt(digits);
        if (y < EARLIEST || y > LATEST) {
            throw new IllegalArgumentException("A year must be between " + EARLIEST + " and " + LATEST + ", not " + y
                    + ".");
        }
        return y;
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    /** Whether the actor is kept: dated within the range, or not dated at all. */
    public boolean test(Actor a) {
        if (isAll()) {
            return true;
        }
        int start = ActorYears.start(a);
        int end = ActorYears.end(a);
        if (start == ActorYears.NONE && end == ActorYears.NONE) {
            return true;
        }
        int first = start == ActorYears.NONE ? Integer.MIN_VALUE : start;
        int last = end == ActorYears.NONE ? Integer.MAX_VALUE : end;
        return (to == null || first <= to) && (from == null || last >= from);
    }

    /** Whether a year is inside. */
    public boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    /** "2021–2025", "2021", "2021–", "–2025", or "" for all years. */
    @Override
    public String toString() {
        if (isAll()) {
            return "";
        }
        if (from != null && from.equals(to)) {
            return String.valueOf(from);
        }
        return (from == null ? "" : from) + "–" + (to == null ? "" : to);
    }
}
