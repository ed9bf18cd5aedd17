package org.creativeatlas.logic.map;

import static org.creativeatlas.logic.draw.SvgText.escape;
import static org.creativeatlas.logic.draw.SvgText.num;

import org.creativeatlas.logic.draw.LabelPlacer;
import org.creativeatlas.logic.draw.SvgText;

/** Writes the map as an SVG document: one path per fill or stroke, labels as text (searchable, any script). */
public final class SvgMapPen implements MapPen {

    private static final String FONT = "DejaVu Sans, Arial, sans-serif";

    private final StringBuilder out = new StringBuilder(1 << 18);

    @Override
    public void begin(double width, double height, String background) {
        SvgText.begin(out, width, height, background);
    }

    @Override
    public void fill(PathBuffer path, String colour, double opacity) {
        out.append("<path fill=\"").append(colour).append('"');
        if (opacity < 1) {
            out.append(" fill-opacity=\"").append(num(opacity)).append('"');
        }
        out.append(" d=\"");
        data(path);
        out.append("\"/>\n");
    }

    @Override
    public void stroke(PathBuffer path, String colour, double width) {
        out.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(num(width))
                .append("\" stroke-linejoin=\"round\" d=\"");
        data(path);
        out.append("\"/>\n");
    }

    private void data(PathBuffer path) {
        for (int i = 0; i < path.size(); i++) {
            switch (path.op(i)) {
                case PathBuffer.MOVE -> out.append('M').append(num(path.x(i))).append(' ').append(num(path.y(i)));
                case PathBuffer.LINE -> out.append('L').append(num(path.x(i))).append(' ').append(num(path.y(i)));
                default -> out.append('Z');
            }
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String colour) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-family=\"")
                .append(FONT).append("\" font-size=\"").append(num(size)).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(colour).append("\">")
                .append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return LabelPlacer.width(text, size, bold);
    }

    /** The finished document. */
    public String document() {
        return out + "</svg>\n";
    }
}
