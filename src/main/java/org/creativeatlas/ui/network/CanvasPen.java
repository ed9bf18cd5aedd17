package org.creativeatlas.ui.network;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** Draws on a canvas: each batch is one path filled or stroked once, which keeps 20 000 edges to a few calls. */
final class CanvasPen implements Pen {

    private final GraphicsContext gc;
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<Double, Font> plain = new HashMap<>();
    private final Map<Double, Font> bold = new HashMap<>();

    CanvasPen(GraphicsContext gc) {
        this.gc = gc;
    }

    @Override
    public void clear(double width, double height, String colour) {
        gc.setGlobalAlpha(1);
        gc.setFill(colour(colour));
        gc.fillRect(0, 0, width, height);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void segments(double[] xy, int count, String colour, double opacity, double width) {
        if (count == 0) {
            return;
        }
        gc.beginPath();
        for (int i = 0; i < count * 4; i += 4) {
            gc.moveTo(xy[i], xy[i + 1]);
            gc.lineTo(xy[i + 2], xy[i + 3]);
        }
        gc.setGlobalAlpha(opacity);
        gc.setStroke(colour(colour));
        gc.setLineWidth(width);
        gc.stroke();
        gc.setGlobalAlpha(1);
    }

    @Override
    public void shapes(NetworkStyle.Shape shape, double[] xyr, int count, String fill, String stroke, double strokeWidth) {
        if (count == 0) {
            return;
        }
        gc.beginPath();
        for (int i = 0; i < count * 3; i += 3) {
            double x = xyr[i];
            double y = xyr[i + 1];
            double r = xyr[i + 2];
            double[] corners = ShapeOutline.corners(shape, x, y, r);
            if (corners == null) {
                gc.moveTo(x + r, y);
                gc.arc(x, y, r, r, 0, 360);
            } else {
                gc.moveTo(corners[0], corners[1]);
                for (int c = 2; c < corners.length; c += 2) {
                    gc.lineTo(corners[c], corners[c + 1]);
                }
            }
            gc.closePath();
        }
        if (fill != null) {
            gc.setFill(colour(fill));
            gc.fill();
        }
        if (stroke != null) {
            gc.setStroke(colour(stroke));
            gc.setLineWidth(strokeWidth);
            gc.stroke();
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean heavy, String colour) {
        gc.setFont((heavy ? bold : plain).computeIfAbsent(size, s ->
                Font.font(Font.getDefault().getFamily(), heavy ? FontWeight.BOLD : FontWeight.NORMAL, s)));
        gc.setLineWidth(3);
        gc.setStroke(colour(NetworkStyle.HALO));
        gc.strokeText(text, x, y);
        gc.setFill(colour(colour));
        gc.fillText(text, x, y);
    }

    private Color colour(String css) {
        return colours.computeIfAbsent(css, Color::web);
    }
}
