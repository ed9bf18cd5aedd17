package org.creativeatlas.ui.imports;

import java.util.function.ToDoubleFunction;

/**
 * Breaks a text's lines to a width by turning spaces into line breaks. JavaFX draws a right-to-left text it wraps
 * itself with pieces of lines repeated and others lost; broken beforehand, no line needs wrapping. The text keeps its
 * length, so every offset into it (the marked names, a click) still holds.
 */
final class LineBreaks {

    private LineBreaks() {
    }

    /** The text with the spaces where a line would grow wider than {@code width} made line breaks. */
    static String wrap(String text, double width, ToDoubleFunction<String> widthOf) {
        char[] out = text.toCharArray();
        double space = widthOf.applyAsDouble(" ");
        double line = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line = 0;
            }
            if (c == '\n' || c == ' ') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            double word = widthOf.applyAsDouble(text.substring(i, end));
            if (line > 0 && line + space + word > width && text.charAt(i - 1) == ' ') {
                out[i - 1] = '\n';
                line = 0;
            }
            line += (line > 0 ? space : 0) + word;
            i = end;
        }
        return new String(out);
    }
}
