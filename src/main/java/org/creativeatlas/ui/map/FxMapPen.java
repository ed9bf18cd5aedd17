package org.creativeatlas.ui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.creativeatlas.logic.map.MapPen;
import org.creativeatlas.logic.map.PathBuffer;

/** Draws the map on a canvas. Text widths are measured once per label and kept, as labels repeat frame after frame. */
final class FxMapPen implements MapPen {

    private static final int MAX_WIDTHS = 4096;

    private final GraphicsContext gc;
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<Double, Font> plain = new HashMap<>();
    private final Map<Double, Font> bold = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();

    FxMapPen(GraphicsContext gc) {
        this.gc = gc;
    }

    @Override
    public void begin(double width, double height, String background) {
        gc.setGlobalAlpha(1);
        gc.setFill(colour(background));
        gc.fillRect(0, 0, width, height);
        gc.setFillRule(FillRule.NON_ZERO);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineCap(StrokeLineCap.ROUND);
    }

    @Override
    public void fill(PathBuffer path, String colour, double opacity) {
        trace(path);
        gc.setGlobalAlpha(opacity);
        gc.setFill(colour(colour));
        gc.fill();
        gc.setGlobalAlpha(1);
    }

    @Override
    public void stroke(PathBuffer path, String colour, double width) {
        trace(path);
        gc.setStroke(colour(colour));
        gc.setLineWidth(width);
        gc.stroke();
    }

    private void trace(PathBuffer path) {
        gc.beginPath();
        for (int i = 0; i < path.size(); i++) {
            switch (path.op(i)) {
                case PathBuffer.MOVE -> gc.moveTo(path.x(i), path.y(i));
                case PathBuffer.LINE -> gc.lineTo(path.x(i), path.y(i));
                default -> gc.closePath();
            }
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean heavy, String colour) {
        gc.setFont(font(size, heavy));
        gc.setFill(colour(colour));
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean heavy) {
        if (widths.size() > MAX_WIDTHS) {
            widths.clear();
        }
        return widths.computeIfAbsent((heavy ? "b" : "p") + size + "\u0000" + text, k -> {
            measure.setFont(font(size, heavy));
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private Font font(double size, boolean heavy) {
        return (heavy ? bold : plain).computeIfAbsent(size, s ->
                Font.font(Font.getDefault().getFamily(), heavy ? FontWeight.BOLD : FontWeight.NORMAL, s));
    }

    private Color colour(String css) {
        return colours.computeIfAbsent(css, Color::web);
    }
}
