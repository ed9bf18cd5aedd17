package org.creativeatlas.logic.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded TrueType font (subset on save) with what layout asks of it many times: the width of a character and
 * whether the font has it. Both are cached per character: PDFBox's own width lookup is the costliest part of laying
 * out a long report. Characters the font lacks are shown as {@link #PLACEHOLDER}, so a name in a script the font
 * does not cover prints as visible boxes, never as nothing and never as an error.
 */
final class FontFace {

    /** WHITE SQUARE, which DejaVu Sans has. */
    static final int PLACEHOLDER = 0x25A1;

    private static final int GSUB = tag("GSUB");
    private static final int GSUB_HIDDEN = tag("GSUX");

    private final PDType0Font font;
    /** Width in 1/1000 of the font size of each BMP character; NaN until asked, negative when the font lacks it. */
    private final float[] bmpWidths = new float[0x10000];
    private final Map<Integer, Float> otherWidths = new HashMap<>();

    private FontFace(PDType0Font font) {
        this.font = font;
        Arrays.fill(bmpWidths, Float.NaN);
    }

    static FontFace load(PDDocument doc, String resource) {
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + resource);
            }
            return new FontFace(PDType0Font.load(doc, new ByteArrayInputStream(withoutSubstitutions(in.readAllBytes())),
                    true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its GSUB table renamed so PDFBox ignores it. PDFBox applies the font's Latin ligatures (fi, ffl)
     * from that table, and a ligature glyph comes back from the text layer as one character (ﬁ), so "filters" could
     * no longer be found by search. Without GSUB every character stays its own glyph; the embedded subset never
     * includes the table anyway.
     */
    private static byte[] withoutSubstitutions(byte[] ttf) {
        ByteBuffer data = ByteBuffer.wrap(ttf);
        int tables = data.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (data.getInt(entry) == GSUB) {
                data.putInt(entry, GSUB_HIDDEN);
            }
        }
        return ttf;
    }

    PDType0Font font() {
        return font;
    }

    /**
     * The text as it can be drawn: characters the font lacks become the placeholder, line breaks and tabs become
     * spaces, other control characters are dropped.
     */
    String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int shown = shown(cp);
            if (out == null && shown != cp) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && shown >= 0) {
                out.appendCodePoint(shown);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** Width of printable text at the given size, in points. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += Math.max(0, units(cp));
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private int shown(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return ' ';
        }
        if (Character.isISOControl(cp)) {
            return -1;
        }
        return units(cp) < 0 ? PLACEHOLDER : cp;
    }

    private float units(int cp) {
        if (cp < bmpWidths.length) {
            float w = bmpWidths[cp];
            if (Float.isNaN(w)) {
                w = measure(cp);
                bmpWidths[cp] = w;
            }
            return w;
        }
        return otherWidths.computeIfAbsent(cp, this::measure);
    }

    private float measure(int cp) {
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
            return -1;
        }
        try {
            return font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IllegalArgumentException | IOException e) {
            return -1; // "No glyph for U+…": the font lacks it
        }
    }
}
