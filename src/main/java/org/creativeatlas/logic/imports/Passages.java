package org.creativeatlas.logic.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.logic.extract.Candidate.Span;

/**
 * The sentence around a stretch of text, as the passage a mention keeps: from the end of the previous sentence or
 * line to the end of this one. A period after a single letter (an initial: Г.К. Шалабаева) or a short abbreviation
 * (г., им., Dr.) ends no sentence. Passages are exact substrings of the text, so the review can find them again.
 */
final class Passages {

    /** A sentence longer than this on either side of the name is cut at a space: some documents have no periods. */
    private static final int MAX_REACH = 600;
    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "им", "ул", "пр", "т", "д", "см", "тел", "проф",
            "доц", "акад", "dr", "mr", "mrs", "ms", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "jan", "feb",
            "aug", "sept", "oct", "nov", "dec", "ж", "жж", "б", "т.б");

    private Passages() {
    }

    /** The sentences naming the spans, each once, in the order of the spans. */
    static List<Passage> of(String text, List<Span> spans) {
        Map<Span, Passage> out = new LinkedHashMap<>();
        for (Span span : spans) {
            Span s = sentence(text, span);
            out.computeIfAbsent(s, k -> new Passage(k, text.substring(k.start(), k.end())));
        }
        return new ArrayList<>(out.values());
    }

    /** The bounds of the sentence (or sentences, when the span crosses one end) holding the span. */
    static Span sentence(String text, Span span) {
        int start = span.start();
        int floor = Math.max(0, span.start() - MAX_REACH);
        while (start > floor && !endsSentence(text, start - 1) && text.charAt(start - 1) != '\n') {
            start--;
        }
        if (start == floor && floor > 0) {
            start = nextSpace(text, floor, span.start());
        }
        int end = span.end();
        int ceiling = Math.min(text.length(), span.end() + MAX_REACH);
        while (end < ceiling && text.charAt(end) != '\n' && !endsSentence(text, end)) {
            end++;
        }
        if (end < ceiling && text.charAt(end) != '\n') {
            end = closingMarks(text, end + 1);
        } else if (end == ceiling && ceiling < text.length()) {
            end = previousSpace(text, ceiling, span.end());
        }
        while (start < span.start() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > span.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** Whether the character at {@code i} ends a sentence: . ! ? … followed by a space or the end of the text. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return false;
        }
        int next = closingMarks(text, i + 1);
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        return c != '.' || !afterAbbreviation(text, i);
    }

    private static boolean afterAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
        int lastDot = word.lastIndexOf('.');
        String last = lastDot < 0 ? word : word.substring(lastDot + 1);
        return last.length() == 1 && Character.isUpperCase(text.charAt(dot - 1)) || ABBREVIATIONS.contains(word)
                || ABBREVIATIONS.contains(last);
    }

    /** Past the quotes and brackets that close a sentence after its period. */
    private static int closingMarks(String text, int i) {
        while (i < text.length() && "»\"”)]'’".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int nextSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < limit ? i : from;
    }

    private static int previousSpace(String text, int from, int limit) {
        int i = from;
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > limit ? i : from;
    }
}
