package org.creativeatlas.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Partial ISO dates as researchers know them: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}. */
public final class IsoDates {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private IsoDates() {
    }

    public static boolean isValid(String date) {
        if (date == null) {
            return false;
        }
        Matcher m = FORM.matcher(date);
        if (!m.matches()) {
            return false;
        }
        try {
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            LocalDate.of(Integer.parseInt(m.group(1)), month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * Compares two valid partial dates by their earliest possible day, so "2024-04" is before "2024-04-08"
     * only when the day is later; equal prefixes count as equal.
     */
    public static int compare(String a, String b) {
        int common = Math.min(a.length(), b.length());
        return a.substring(0, common).compareTo(b.substring(0, common));
    }
}
