package org.creativeatlas.ui.network;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.creativeatlas.logic.draw.LabelPlacer;

/**
 * Draws on a canvas: each batch is one path filled or stroked once. On screen, large batches go through a
 * {@link PixelLayer} instead, flushed as one image before anything is drawn over them.
 */
final class CanvasPen implements Pen {

    /** Batches smaller than these are drawn as antialiased paths even on screen. */
    private static final int SEGMENTS_RASTER_ABOVE = 1_500;
    private static final int SHAPES_RASTER_ABOVE = 200;

    private final GraphicsContext gc;
    private final PixelLayer raster;
    private boolean rastered;
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<Double, Font> plain = new HashMap<>();
    private final Map<Double, Font> bold = new HashMap<>();

    /** A pen for the screen; {@code forScreen} false strokes every segment as a path (an export at any scale). */
    CanvasPen(GraphicsContext gc, boolean forScreen) {
        this.gc = gc;
        this.raster = forScreen ? new PixelLayer() : null;
    }

    @Override
    public void clear(double width, double height, String colour) {
        gc.setGlobalAlpha(1);
        gc.setFill(colour(colour));
        gc.fillRect(0, 0, width, height);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        rastered = false;
    }

    @Override
    public void segments(double[] xy, int count, String colour, double opacity, double width) {
        if (count == 0) {
            return;
        }
        if (raster != null && count > SEGMENTS_RASTER_ABOVE) {
            startRaster();
            int rgb = Integer.parseInt(colour.substring(1), 16);
            for (int i = 0; i < count * 4; i += 4) {
                raster.line(xy[i], xy[i + 1], xy[i + 2], xy[i + 3], rgb, opacity);
            }
            return;
        }
        flush();
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
        if (raster != null && count > SHAPES_RASTER_ABOVE) {
            startRaster();
            for (int i = 0; i < count * 3; i += 3) {
                if (fill != null) {
                    raster.shape(shape, xyr[i], xyr[i + 1], xyr[i + 2], 0, Integer.parseInt(fill.substring(1), 16));
                } else if (stroke != null) {
                    raster.shape(shape, xyr[i], xyr[i + 1], xyr[i + 2], strokeWidth,
                            Integer.parseInt(stroke.substring(1), 16));
                }
            }
            return;
        }
        flush();
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
        flush();
        gc.setFont((heavy ? bold : plain).computeIfAbsent(size, s ->
                Font.font(Font.getDefault().getFamily(), heavy ? FontWeight.BOLD : FontWeight.NORMAL, s)));
        // a plain box behind the text: outlining glyphs for a halo costs more than the rest of the frame
        gc.setGlobalAlpha(0.8);
        gc.setFill(colour(NetworkStyle.HALO));
        gc.fillRect(x - 1, y - size * 0.85, LabelPlacer.width(text, size, heavy) + 2, size * 1.15);
        gc.setGlobalAlpha(1);
        gc.setFill(colour(colour));
        gc.fillText(text, x, y);
    }

    private void startRaster() {
        if (!rastered) {
            raster.begin((int) gc.getCanvas().getWidth(), (int) gc.getCanvas().getHeight());
            rastered = true;
        }
    }

    /** Puts what was plotted on the canvas, under what comes next. */
    private void flush() {
        if (rastered) {
            gc.drawImage(raster.image(), 0, 0);
            rastered = false;
        }
    }

    private Color colour(String css) {
        return colours.computeIfAbsent(css, Color::web);
    }
}
