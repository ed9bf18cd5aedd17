package org.creativeatlas.logic.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a width, by the font's own character widths: at spaces where it can, and
 * inside a word that is wider than a whole line (a long web address), so nothing ever runs off the page. Line breaks
 * in the text start new lines.
 */
final class TextWrapper {

    private TextWrapper() {
    }

    /** The lines of {@code text} (already printable, see {@link FontFace#printable}, except for line breaks). */
    static List<String> wrap(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(style.face().printable(paragraph).strip(), style, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, TextStyle style, float width, List<String> lines) {
        if (style.width(text) <= width) {
            lines.add(text);
            return;
        }
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = style.width(" ");
        for (String word : text.split(" +")) {
            float wordWidth = style.width(word);
            if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (style.width(rest) > width) {
                int cut = fittingPrefix(rest, style, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = style.width(rest);
        }
        lines.add(line.toString());
    }

    /** How many chars of {@code word} fit the width: at least one code point, so a very narrow column still ends. */
    private static int fittingPrefix(String word, TextStyle style, float width) {
        int end = Character.charCount(word.codePointAt(0));
        float used = style.width(word.substring(0, end));
        while (end < word.length()) {
            int next = end + Character.charCount(word.codePointAt(end));
            float w = style.width(word.substring(end, next));
            if (used + w > width) {
                break;
            }
            used += w;
            end = next;
        }
        return end;
    }
}
