package org.creativeatlas.logic.documents;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.IsoDates;

/**
 * Finds the date a document carries near its top ("8 April 2024", "April 8, 2024", "8 апреля 2024 г.",
 * "2025 жылғы 25–30 қараша", "08.04.2024", "2022-09") and gives it as ISO {@code yyyy-mm-dd} or {@code yyyy-mm}.
 */
final class DateFinder {

    /** A dated line sits near the top; a date deep in the text is usually about something else. */
    static final int HEAD = 2000;

    private static final String DAY = "(\\d{1,2})(?:\\s*[–—-]\\s*\\d{1,2})?";
    private static final String MONTH = "(\\p{L}+)\\.?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    /** Each pattern names where its year, month and day groups are. */
    private record Form(Pattern pattern, int year, int month, int day) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("\\b" + YEAR + "-(\\d{2})(?:-(\\d{2}))?\\b"), 1, 2, 3),
            new Form(Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\." + YEAR + "\\b"), 3, 2, 1),
            new Form(Pattern.compile("(?<!\\d)" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR), 3, 2, 1),
            new Form(Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR), 3, 1, 2),
            new Form(Pattern.compile(YEAR + "\\s*(?:жылғы|жылы|ж\\.|года|г\\.)?\\s*" + DAY + "\\s+" + MONTH), 1, 3, 2),
            new Form(Pattern.compile(MONTH + "\\s+" + YEAR), 2, 1, 0));

    private DateFinder() {
    }

    /** The earliest date in the head of the text, or null. */
    static String find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(head);
            while (m.find() && m.start() < bestStart) {
                String date = iso(m, form);
                if (date != null) {
                    best = date;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return best;
    }

    private static String iso(Matcher m, Form form) {
        String monthText = m.group(form.month());
        int month = Character.isDigit(monthText.charAt(0)) ? Integer.parseInt(monthText) : Months.number(monthText);
        if (month < 1 || month > 12) {
            return null;
        }
        String date = m.group(form.year()) + String.format(Locale.ROOT, "-%02d", month);
        String day = form.day() == 0 ? null : m.group(form.day());
        if (day != null) {
            date += String.format(Locale.ROOT, "-%02d", Integer.parseInt(day));
        }
        return IsoDates.isValid(date) ? date : null;
    }
}
