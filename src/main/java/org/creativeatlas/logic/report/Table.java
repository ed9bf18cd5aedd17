package org.creativeatlas.logic.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table poured into the page flow: cells wrap within their column, a row moves whole to the next page when it
 * fits there (and breaks between lines when it is taller than a page), and the header row is repeated on every page
 * the table continues on.
 */
final class Table {

    /** A column: its header, its share of the width left by number columns, and whether it holds numbers. */
    record Column(String header, float weight, boolean numeric) {

        static Column text(String header, float weight) {
            return new Column(header, weight, false);
        }

        static Column number(String header) {
            return new Column(header, 0, true);
        }
    }

    private static final float PAD = 3;
    private static final float MIN_NUMBER = 40;
    private static final Color HEADER_FILL = new Color(0xE8EEF4);
    private static final Color RULE = new Color(0xD0D0D0);

    private final PageFlow flow;
    private final TextStyle cellStyle;
    private final TextStyle headerStyle;
    private final List<Column> columns;
    private final float[] x;
    private final float[] widths;
    private int headerPage;

    Table(PageFlow flow, ReportStyles styles, List<Column> columns) {
        this.flow = flow;
        this.cellStyle = styles.small;
        this.headerStyle = styles.smallBold;
        this.columns = List.copyOf(columns);
        x = new float[columns.size()];
        widths = new float[columns.size()];
        // number columns are as wide as their header word (never broken inside); text columns share the rest
        float left = flow.width();
        float weights = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.numeric()) {
                widths[i] = Math.max(MIN_NUMBER, headerStyle.width(headerStyle.face().printable(column.header()))
                        + 2 * PAD + 2);
                left -= widths[i];
            } else {
                weights += column.weight();
            }
        }
        float at = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).numeric()) {
                widths[i] = left * columns.get(i).weight() / weights;
            }
            x[i] = at;
            at += widths[i];
        }
    }

    /** Draws a row (bold for a total line) and returns the number of the page it starts on. */
    int row(List<String> cells, boolean bold) {
        TextStyle style = bold ? headerStyle : cellStyle;
        List<List<String>> lines = wrap(cells, style);
        int height = lines.stream().mapToInt(List::size).max().orElse(1);
        float rowHeight = height * style.leading() + 2 * PAD;
        float needed = rowHeight + (headerPage == flow.pageNumber() ? 0 : headerHeight());
        // a row taller than a page starts where it is and breaks between its lines
        flow.need(needed <= flow.pageHeight() ? needed : headerHeight() + 3 * style.leading());
        if (headerPage != flow.pageNumber()) {
            header();
        }
        int page = flow.pageNumber();
        flow.down(PAD);
        for (int line = 0; line < height; line++) {
            if (flow.top() - style.leading() < PageFlow.MARGIN) {
                flow.newPage();
                header();
            }
            drawLine(lines, line, style);
            flow.down(style.leading());
        }
        flow.down(PAD);
        flow.rule(flow.left(), flow.left() + flow.width(), flow.top(), RULE, 0.4f);
        return page;
    }

    int row(String... cells) {
        return row(Arrays.asList(cells), false);
    }

    private float headerHeight() {
        return wrap(columns.stream().map(Column::header).toList(), headerStyle).stream().mapToInt(List::size).max()
                .orElse(1) * headerStyle.leading() + 2 * PAD;
    }

    private void header() {
        List<List<String>> lines = wrap(columns.stream().map(Column::header).toList(), headerStyle);
        float height = headerHeight();
        try {
            flow.stream().setNonStrokingColor(HEADER_FILL);
            flow.stream().addRect(flow.left(), flow.top() - height, flow.width(), height);
            flow.stream().fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.down(PAD);
        int rows = lines.stream().mapToInt(List::size).max().orElse(1);
        for (int line = 0; line < rows; line++) {
            drawLine(lines, line, headerStyle);
            flow.down(headerStyle.leading());
        }
        flow.down(PAD);
        headerPage = flow.pageNumber();
    }

    private void drawLine(List<List<String>> lines, int line, TextStyle style) {
        float baseline = flow.top() - style.size();
        for (int c = 0; c < columns.size(); c++) {
            List<String> cell = lines.get(c);
            if (line < cell.size()) {
                String text = cell.get(line);
                float at = columns.get(c).numeric() ? x[c] + widths[c] - PAD - style.width(text) : x[c] + PAD;
                flow.text(style, text, at, baseline);
            }
        }
    }

    private List<List<String>> wrap(List<String> cells, TextStyle style) {
        List<List<String>> out = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            out.add(TextWrapper.wrap(text, style, widths[c] - 2 * PAD));
        }
        return out;
    }
}
