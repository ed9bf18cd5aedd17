package org.creativeatlas.logic.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws the map with Java 2D, for a PNG made without a screen (the command line, the app's export): antialiased,
 * with the bundled DejaVu Sans, which has every Kazakh letter whatever fonts the machine has.
 */
public final class GraphicsMapPen implements MapPen {

    private static final Font REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final Font BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private final Graphics2D g;
    private final Map<String, Color> colours = new HashMap<>();

    /** A pen on {@code g}, which the caller may have scaled (a picture larger than the view). */
    public GraphicsMapPen(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private static Font load(String resource) {
        try (InputStream in = GraphicsMapPen.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("damaged font resource " + resource, e);
        }
    }

    @Override
    public void begin(double width, double height, String background) {
        g.setColor(colour(background, 1));
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
    }

    @Override
    public void fill(PathBuffer path, String colour, double opacity) {
        g.setColor(colour(colour, opacity));
        g.fill(shape(path));
    }

    @Override
    public void stroke(PathBuffer path, String colour, double width) {
        g.setColor(colour(colour, 1));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape(path));
    }

    private static Path2D shape(PathBuffer path) {
        Path2D.Double shape = new Path2D.Double(Path2D.WIND_NON_ZERO, path.size());
        for (int i = 0; i < path.size(); i++) {
            switch (path.op(i)) {
                case PathBuffer.MOVE -> shape.moveTo(path.x(i), path.y(i));
                case PathBuffer.LINE -> shape.lineTo(path.x(i), path.y(i));
                default -> shape.closePath();
            }
        }
        return shape;
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String colour) {
        g.setFont(font(size, bold));
        g.setColor(colour(colour, 1));
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return font(size, bold).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    private static Font font(double size, boolean bold) {
        return (bold ? BOLD : REGULAR).deriveFont((float) size);
    }

    private Color colour(String css, double opacity) {
        Color base = colours.computeIfAbsent(css, Color::decode);
        return opacity >= 1 ? base : new Color(base.getRed(), base.getGreen(), base.getBlue(),
                (int) Math.round(opacity * 255));
    }
}
