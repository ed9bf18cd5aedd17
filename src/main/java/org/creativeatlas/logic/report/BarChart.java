package org.creativeatlas.logic.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A horizontal stacked bar chart drawn as vector graphics: one bar per category (a country), one coloured segment
 * per series (an actor type), the total at the end of the bar and a legend above. Bars flow onto the next page if
 * there are many categories.
 */
final class BarChart {

    static final List<Color> PALETTE = List.of(new Color(0x1F4E79), new Color(0x4A90C2), new Color(0xE3A33B),
            new Color(0x7FB77E));

    private static final float BAR = 11;
    private static final float GAP = 4;
    private static final float SWATCH = 8;

    private BarChart() {
    }

    /** {@code values[category][series]}; {@code categories} and {@code series} are the labels. */
    static void draw(PageFlow flow, ReportStyles styles, List<String> categories, List<String> series,
                     int[][] values) {
        TextStyle label = styles.small;
        float labelWidth = (float) Math.min(flow.width() * 0.3, categories.stream()
                .mapToDouble(c -> label.width(label.face().printable(c))).max().orElse(0) + 8);
        int max = 1;
        for (int[] row : values) {
            max = Math.max(max, sum(row));
        }
        float barsWidth = flow.width() - labelWidth - 40;
        legend(flow, label, series);
        for (int c = 0; c < categories.size(); c++) {
            flow.need(BAR + GAP);
            float y = flow.top() - BAR;
            List<String> name = TextWrapper.wrap(categories.get(c), label, labelWidth - 8);
            flow.text(label, name.isEmpty() ? "" : name.get(0), flow.left(), y + 2.5f);
            float x = flow.left() + labelWidth;
            for (int s = 0; s < series.size(); s++) {
                float w = barsWidth * values[c][s] / max;
                fill(flow, PALETTE.get(s % PALETTE.size()), x, y, w, BAR);
                x += w;
            }
            flow.text(label, String.valueOf(sum(values[c])), x + 4, y + 2.5f);
            flow.down(BAR + GAP);
        }
    }

    private static void legend(PageFlow flow, TextStyle label, List<String> series) {
        flow.need(label.leading() + 3 * (BAR + GAP));
        float x = flow.left();
        float y = flow.top() - SWATCH;
        for (int s = 0; s < series.size(); s++) {
            fill(flow, PALETTE.get(s % PALETTE.size()), x, y, SWATCH, SWATCH);
            String name = label.face().printable(series.get(s));
            flow.text(label, name, x + SWATCH + 4, y + 1);
            x += SWATCH + 4 + label.width(name) + 16;
        }
        flow.down(SWATCH + 8);
    }

    static void fill(PageFlow flow, Color color, float x, float y, float w, float h) {
        if (w <= 0) {
            return;
        }
        try {
            PDPageContentStream s = flow.stream();
            s.setNonStrokingColor(color);
            s.addRect(x, y, w, h);
            s.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int sum(int[] row) {
        int n = 0;
        for (int v : row) {
            n += v;
        }
        return n;
    }
}
