package org.creativeatlas.logic.draw;

import java.util.Locale;

/** What every SVG writer needs: the document's start, numbers to one decimal with a dot, text made safe for XML. */
public final class SvgText {

    private SvgText() {
    }

    /** Starts a document of the given size on a background: the XML declaration, the svg element, a full rectangle. */
    public static void begin(StringBuilder out, double width, double height, String background) {
        out.setLength(0);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"").append(background).append("\"/>\n");
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
