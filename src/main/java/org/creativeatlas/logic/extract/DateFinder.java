package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the three languages' forms, as ISO yyyy-mm-dd or yyyy-mm: "On April 8, 2024", "8 апреля 2024 г.",
 * "2025 жылғы 25–30 қараша", "2022-09". A range gives its first day.
 */
final class DateFinder {

    /** A date at a character offset of the text. */
    record Dated(int at, String iso) {
    }

    private record Found(int start, int end, String iso) {
    }

    private static final String MONTH = "(" + Months.alternation() + ")\\.?";
    /** A day, with an English or a Kazakh ordinal ending («15-ші»), or the first of a range. */
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|-?(?:ші|шы|інші|ыншы|нші|ншы))?(?:\\s*[–—-]\\s*\\d{1,2})?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern[] FORMS = {
        // 2025-11 or 2025-11-25
        Pattern.compile("(?<![\\d-])" + YEAR + "-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?(?![\\d-])"),
        // 2025 жылғы 25–30 қараша / 2024 жылы сәуірде / 2024 жылдың 7 тамызында
        Pattern.compile(YEAR + "\\s*(?:жылғы|жылы|жылдың|ж\\.)\\s+(?:" + DAY + "\\s+)?" + MONTH + "(?![\\p{L}])"),
        // April 8, 2024 / April 2024
        Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s+(?:" + DAY + ",?\\s+)?" + YEAR),
        // 8 April 2024 / 8 апреля 2024 г.
        Pattern.compile("(?<![\\d])" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR),
    };
    /** Which group holds year, month, day in each form (day 0: none). */
    private static final int[][] GROUPS = {{1, 2, 3}, {1, 3, 2}, {3, 1, 2}, {3, 2, 1}};

    private DateFinder() {
    }

    private static final Pattern YEARS = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** How far from its year a date may start or end. */
    private static final int WINDOW = 40;

    /**
     * Every date has a year, so the forms are tried only in windows around years: fast on long text. They are
     * matched in lower case, letter by letter, so that offsets stay those of the text: a case-blind match of the
     * long alternation of month forms compares every letter both ways, and took a tenth of all extraction time.
     */
    static List<Dated> find(String text) {
        List<Found> found = new ArrayList<>();
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        String lower = lowerSameLength(text);
        Matcher years = YEARS.matcher(lower);
        Matcher[] matchers = new Matcher[FORMS.length];
        for (int f = 0; f < FORMS.length; f++) {
            matchers[f] = FORMS[f].matcher(lower).useTransparentBounds(true);
        }
        while (years.find()) {
            int from = Math.max(0, years.start() - WINDOW);
            int to = Math.min(lower.length(), years.end() + WINDOW);
            // the forms with a month's name are tried only where a month is named
            int forms = monthIn(lower, from, to) ? FORMS.length : 1;
            for (int f = 0; f < forms; f++) {
                Matcher m = matchers[f].region(from, to);
                while (m.find()) {
                    String iso = iso(m, GROUPS[f], f == 0);
                    if (iso != null && starts.add(m.start())) {
                        found.add(new Found(m.start(), m.end(), iso));
                    }
                }
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end());
        List<Dated> dates = new ArrayList<>();
        int reach = -1;
        for (Found f : found) {
            if (f.start() >= reach) {
                dates.add(new Dated(f.start(), f.iso()));
                reach = f.end();
            }
        }
        return dates;
    }

    /** Whether a run of letters between these offsets is a month's name. */
    private static boolean monthIn(String lower, int from, int to) {
        int start = -1;
        for (int i = from; i <= to; i++) {
            boolean letter = i < to && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (Months.is(lower.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static String lowerSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static String iso(Matcher m, int[] g, boolean numeric) {
        int month = numeric ? Integer.parseInt(m.group(g[1])) : Months.number(m.group(g[1]));
        if (month == 0) {
            return null;
        }
        String day = m.group(g[2]);
        String ym = m.group(g[0]) + "-" + String.format("%02d", month);
        if (day == null) {
            return ym;
        }
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31 ? ym + "-" + String.format("%02d", d) : ym;
    }
}
