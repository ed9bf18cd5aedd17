package org.creativeatlas.ui.network;

import static org.creativeatlas.logic.draw.SvgText.escape;
import static org.creativeatlas.logic.draw.SvgText.num;

import org.creativeatlas.logic.draw.SvgText;

/** Writes the drawing as SVG text: one path per batch, so a large network stays a file of reasonable size. */
final class SvgPen implements Pen {

    private static final String FONT = "DejaVu Sans, Arial, sans-serif";

    private final StringBuilder out = new StringBuilder(1 << 16);

    @Override
    public void clear(double width, double height, String colour) {
        SvgText.begin(out, width, height, colour);
    }

    @Override
    public void segments(double[] xy, int count, String colour, double opacity, double width) {
        if (count == 0) {
            return;
        }
        out.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-opacity=\"").append(num(opacity))
                .append("\" stroke-width=\"").append(num(width)).append("\" d=\"");
        for (int i = 0; i < count * 4; i += 4) {
            out.append('M').append(num(xy[i])).append(' ').append(num(xy[i + 1]))
                    .append('L').append(num(xy[i + 2])).append(' ').append(num(xy[i + 3]));
        }
        out.append("\"/>\n");
    }

    @Override
    public void shapes(NetworkStyle.Shape shape, double[] xyr, int count, String fill, String stroke, double strokeWidth) {
        if (count == 0) {
            return;
        }
        out.append("<path fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
        }
        out.append(" d=\"");
        for (int i = 0; i < count * 3; i += 3) {
            outline(shape, xyr[i], xyr[i + 1], xyr[i + 2]);
        }
        out.append("\"/>\n");
    }

    private void outline(NetworkStyle.Shape shape, double x, double y, double r) {
        double[] corners = ShapeOutline.corners(shape, x, y, r);
        if (corners == null) {
            out.append('M').append(num(x - r)).append(' ').append(num(y))
                    .append('a').append(num(r)).append(' ').append(num(r)).append(" 0 1 0 ").append(num(2 * r)).append(" 0")
                    .append('a').append(num(r)).append(' ').append(num(r)).append(" 0 1 0 ").append(num(-2 * r)).append(" 0");
            return;
        }
        for (int c = 0; c < corners.length; c += 2) {
            out.append(c == 0 ? 'M' : 'L').append(num(corners[c])).append(' ').append(num(corners[c + 1]));
        }
        out.append('Z');
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String colour) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-family=\"")
                .append(FONT).append("\" font-size=\"").append(num(size)).append('"')
                .append(bold ? " font-weight=\"bold\"" : "")
                .append(" fill=\"").append(colour).append("\" stroke=\"").append(NetworkStyle.HALO)
                .append("\" stroke-width=\"3\" paint-order=\"stroke\">").append(escape(text)).append("</text>\n");
    }

    /** The finished document. */
    String document() {
        return out + "</svg>\n";
    }
}
