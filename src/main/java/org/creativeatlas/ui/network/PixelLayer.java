package org.creativeatlas.ui.network;

import java.util.Arrays;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Thin translucent lines and small shapes drawn straight into a pixel buffer. Filling and stroking thousands of
 * canvas paths takes the rasteriser most of a second per frame; plotting them here takes a few milliseconds, and
 * the buffer reaches the screen as one image. Nothing is antialiased, which at that density is not seen.
 */
final class PixelLayer {

    private int width;
    private int height;
    private int[] pixels = new int[0];
    private WritableImage image;

    /** Starts an empty, transparent frame of the given size. */
    void begin(int w, int h) {
        if (w != width || h != height || image == null) {
            width = Math.max(1, w);
            height = Math.max(1, h);
            pixels = new int[width * height];
            image = new WritableImage(width, height);
        } else {
            Arrays.fill(pixels, 0);
        }
    }

    /** Draws a line in {@code rgb} at {@code opacity} over what is there, clipped to the frame. */
    void line(double x1, double y1, double x2, double y2, int rgb, double opacity) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (steps == 0) {
            return;
        }
        // clip the parameter range to the frame (Liang–Barsky), so far-off ends cost nothing
        double[] range = {0, 1};
        if (!clip(-dx, x1, range) || !clip(dx, width - 1 - x1, range) || !clip(-dy, y1, range)
                || !clip(dy, height - 1 - y1, range)) {
            return;
        }
        int premultiplied = premultiply(rgb, opacity);
        int first = (int) Math.ceil(range[0] * steps);
        int last = (int) Math.floor(range[1] * steps);
        for (int s = first; s <= last; s++) {
            int x = (int) (x1 + dx * s / steps + 0.5);
            int y = (int) (y1 + dy * s / steps + 0.5);
            blend(y * width + x, premultiplied);
        }
    }

    /**
     * Fills a node's shape centred at (cx, cy), or with {@code ring} above zero draws a circle of that width at
     * radius {@code r}.
     */
    void shape(NetworkStyle.Shape shape, double cx, double cy, double r, double ring, int rgb) {
        int colour = premultiply(rgb, 1);
        double reach = r * 1.4 + ring;
        int x0 = Math.max(0, (int) (cx - reach));
        int x1 = Math.min(width - 1, (int) (cx + reach));
        int y0 = Math.max(0, (int) (cy - reach));
        int y1 = Math.min(height - 1, (int) (cy + reach));
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                boolean in = ring > 0 ? Math.abs(Math.hypot(dx, dy) - r) <= ring / 2
                        : ShapeOutline.contains(shape, dx, dy, r);
                if (in) {
                    pixels[y * width + x] = colour;
                }
            }
        }
    }

    private static int premultiply(int rgb, double opacity) {
        int alpha = (int) Math.round(opacity * 255);
        return alpha << 24 | (((rgb >> 16) & 0xff) * alpha / 255) << 16 | (((rgb >> 8) & 0xff) * alpha / 255) << 8
                | (rgb & 0xff) * alpha / 255;
    }

    /** Source-over of a premultiplied colour onto the pixel at {@code at}. */
    private void blend(int at, int colour) {
        int inverse = 255 - (colour >>> 24);
        int p = pixels[at];
        pixels[at] = ((colour >>> 24) + ((p >>> 24) * inverse) / 255) << 24
                | (((colour >> 16) & 0xff) + (((p >> 16) & 0xff) * inverse) / 255) << 16
                | (((colour >> 8) & 0xff) + (((p >> 8) & 0xff) * inverse) / 255) << 8
                | ((colour & 0xff) + ((p & 0xff) * inverse) / 255);
    }

    private static boolean clip(double p, double q, double[] range) {
        if (p == 0) {
            return q >= 0;
        }
        double t = q / p;
        if (p < 0) {
            range[0] = Math.max(range[0], t);
        } else {
            range[1] = Math.min(range[1], t);
        }
        return range[0] <= range[1];
    }

    /** The frame as an image (premultiplied, transparent where nothing was drawn). */
    WritableImage image() {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return image;
    }
}
