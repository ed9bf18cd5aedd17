package org.creativeatlas.logic.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.creativeatlas.model.Countries;

/**
 * The map as a file: SVG (vector, labels as text) or PNG (drawn with Java 2D at a chosen scale), for the command
 * line and the app's export alike.
 */
public final class MapPictures {

    /** The picture formats, by file extension. */
    public enum Format {
        SVG, PNG;

        /** The format a file name's extension asks for, or null. */
        public static Format ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".svg") ? SVG : lower.endsWith(".png") ? PNG : null;
        }
    }

    private static final double MARGIN = 24;
    private static final int MAX_SIDE = 12_000;

    private MapPictures() {
    }

    /** A view of the scene's countries in focus (the five of the region if none), whole, on a picture. */
    public static MapView fitted(MapScene scene, double width, double height) {
        var codes = scene.focus().isEmpty() ? Countries.CENTRAL_ASIA : scene.focus();
        return MapView.fit(scene.outlines().bounds(codes), width, height, MARGIN);
    }

    public static String svg(MapScene scene, MapView view) {
        SvgMapPen pen = new SvgMapPen();
        new MapPainter().paint(scene, view, pen);
        return pen.document();
    }

    /** The view drawn {@code factor} times larger (a sharper picture of the same map). */
    public static BufferedImage image(MapScene scene, MapView view, double factor) {
        double f = Math.min(factor, MAX_SIDE / Math.max(1, Math.max(view.width(), view.height())));
        BufferedImage image = new BufferedImage((int) Math.ceil(view.width() * f), (int) Math.ceil(view.height() * f),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(f, f);
            new MapPainter().paint(scene, view, new GraphicsMapPen(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void write(MapScene scene, MapView view, Format format, double factor, OutputStream out)
            throws IOException {
        if (format == Format.SVG) {
            out.write(svg(scene, view).getBytes(StandardCharsets.UTF_8));
        } else if (!ImageIO.write(image(scene, view, factor), "png", out)) {
            throw new IOException("No PNG writer");
        }
    }
}
