package org.creativeatlas.ui.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.creativeatlas.logic.draw.TypeColours;
import org.creativeatlas.logic.time.YearCounts;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.ActorType;

/**
 * The timeline under the map: per year, events held and organisations and platforms founded (of the actors the
 * rest of the filter shows), with the filter's year range shaded. Dragging across years chooses a range, a click
 * one year, a double click or Escape all years; the arrow keys move the range a year.
 */
public final class TimelineStrip extends Region {

    private static final double PAD = 8;
    private static final double AXIS = 16;
    private static final Color RANGE = Color.web("#d81b60", 0.12);
    private static final Color RANGE_EDGE = Color.web("#d81b60");
    private static final Color GRID = Color.web("#c9d2da");
    private static final Color TEXT = Color.web("#52606d");
    private static final Font FONT = Font.font(10.5);

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<YearRange> range = new SimpleObjectProperty<>(this, "range", YearRange.ALL);
    private YearCounts counts = YearCounts.of(java.util.List.of());
    private int first;
    private int last;
    private Integer dragFrom;

    public TimelineStrip() {
        getChildren().add(canvas);
        getStyleClass().add("timeline-strip");
        setId("timeline");
        setFocusTraversable(true);
        setMinHeight(70);
        setPrefHeight(88);
        range.addListener(obs -> paint());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(e -> dragFrom = null);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                range.set(YearRange.ALL);
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                shift(e.getCode() == KeyCode.LEFT ? -1 : 1);
            } else {
                return;
            }
            e.consume();
        });
    }

    /** The filter's year range, which the strip shows and sets. */
    public ObjectProperty<YearRange> range() {
        return range;
    }

    public void setCounts(YearCounts next) {
        counts = next;
        paint();
    }

    public YearCounts counts() {
        return counts;
    }

    /** The first and last year drawn: the data's, widened to the range chosen, at least a decade. */
    private void span() {
        YearRange r = range.get();
        int lo = counts.isEmpty() ? java.time.Year.now().getValue() - 9 : counts.firstYear();
        int hi = counts.isEmpty() ? java.time.Year.now().getValue() : counts.lastYear();
        lo = r.from() != null ? Math.min(lo, r.from()) : lo;
        hi = r.to() != null ? Math.max(hi, r.to()) : hi;
        if (hi - lo < 9) {
            lo = hi - 9;
        }
        first = lo;
        last = hi;
    }

    private double slot() {
        return (getWidth() - 2 * PAD) / (last - first + 1);
    }

    /** The year under an x of this node, within the years drawn. */
    public int yearAt(double x) {
        int year = first + (int) Math.floor((x - PAD) / slot());
        return Math.max(first, Math.min(last, year));
    }

    /** Where a year's bar is centred, in this node's coordinates. */
    public double xOf(int year) {
        return PAD + (year - first + 0.5) * slot();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        int year = yearAt(e.getX());
        if (e.getClickCount() >= 2) {
            range.set(YearRange.ALL);
            dragFrom = null;
        } else {
            dragFrom = year;
            range.set(new YearRange(year, year));
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragFrom != null) {
            int year = yearAt(e.getX());
            range.set(new YearRange(Math.min(dragFrom, year), Math.max(dragFrom, year)));
        }
    }

    private void shift(int by) {
        YearRange r = range.get();
        if (!r.isAll()) {
            range.set(new YearRange(r.from() == null ? null : r.from() + by, r.to() == null ? null : r.to() + by));
        }
    }

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (w < 2 * PAD + 10 || h < AXIS + 10) {
            return;
        }
        span();
        double slot = slot();
        double base = h - AXIS;
        double tall = base - PAD;
        int max = Math.max(1, counts.maxTotal());
        YearRange r = range.get();
        if (!r.isAll()) {
            double x0 = r.from() == null ? PAD : xOf(r.from()) - slot / 2;
            double x1 = r.to() == null ? w - PAD : xOf(r.to()) + slot / 2;
            gc.setFill(RANGE);
            gc.fillRect(x0, 2, x1 - x0, base - 2);
            gc.setStroke(RANGE_EDGE);
            gc.setLineWidth(1.5);
            gc.strokeLine(x0, 2, x0, base);
            gc.strokeLine(x1, 2, x1, base);
        }
        gc.setStroke(GRID);
        gc.setLineWidth(1);
        gc.strokeLine(PAD, base + 0.5, w - PAD, base + 0.5);
        double bar = Math.max(1, Math.min(24, slot * 0.7));
        for (int year = first; year <= last; year++) {
            double x = xOf(year) - bar / 2;
            double top = base;
            double alpha = r.contains(year) ? 1 : 0.35;
            for (ActorType type : YearCounts.TYPES) {
                double bh = tall * counts.count(year, type) / max;
                gc.setFill(Color.web(TypeColours.of(type), alpha));
                gc.fillRect(x, top - bh, bar, bh);
                top -= bh;
            }
        }
        gc.setFill(TEXT);
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        int step = Math.max(1, (int) Math.ceil(34 / slot));
        for (int year = first; year <= last; year++) {
            boolean roomForLast = year == last && (last - first) % step >= step * 0.6;
            if ((year - first) % step == 0 || roomForLast) {
                gc.fillText(String.valueOf(year), xOf(year), h - 4);
            }
        }
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != Math.floor(getWidth()) || canvas.getHeight() != Math.floor(getHeight())) {
            canvas.setWidth(Math.floor(getWidth()));
            canvas.setHeight(Math.floor(getHeight()));
            paint();
        }
    }
}
