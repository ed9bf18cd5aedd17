package org.creativeatlas.logic.documents;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The one plain-text shape every format ends in: lines joined by \n, paragraphs by one blank line, no stray space. */
final class Paragraphs {

    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u00AD\\u200B\\u200C\\u200D\\u2060]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern DATE_LABEL =
            Pattern.compile("^(?:date|дата|күні)?\\s*:?\\s*\\d{4}-\\d{2}(?:-\\d{2})?\\s*", Pattern.CASE_INSENSITIVE);

    /** Lines of site furniture that text copied from a web page starts with; never a title. */
    private static final Set<String> FURNITURE = Set.of("search", "search on website", "menu", "main menu", "home",
            "skip to content", "поиск", "поиск по сайту", "меню", "главная", "іздеу", "басты бет", "мәзір");

    private static final int TITLE_LENGTH = 200;

    private Paragraphs() {
    }

    static String normalise(String text) {
        String s = INVISIBLE.matcher(text).replaceAll("");
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u2029', '\n');
        s = CONTROL.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /** The first line that reads like a heading: has letters, is not site furniture, shortened at a word. */
    static String firstMeaningfulLine(String text) {
        for (String line : text.split("\n")) {
            String candidate = DATE_LABEL.matcher(line.strip()).replaceFirst("");
            if (candidate.codePoints().filter(Character::isLetter).count() >= 3
                    && !FURNITURE.contains(candidate.toLowerCase(Locale.ROOT))) {
                return shorten(candidate);
            }
        }
        return null;
    }

    static String shorten(String line) {
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH);
        return line.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH).strip() + "…";
    }
}
