package org.creativeatlas.logic.draw;

import java.util.Locale;

/** What every SVG writer needs: numbers to one decimal with a dot, and text made safe for XML. */
public final class SvgText {

    private SvgText() {
    }

    public static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 has no place for other control characters
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
