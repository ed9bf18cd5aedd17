package org.creativeatlas.logic.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.creativeatlas.logic.map.MapPen;
import org.creativeatlas.logic.map.PathBuffer;

/**
 * Draws a map into a report page as vector graphics: paths as PDF paths, labels as text in the embedded DejaVu
 * fonts (so Kazakh names stay searchable text), clipped to the map's frame. The map's units become {@code scale}
 * points, its y axis turned up the page from the frame's top left corner.
 */
final class PdfMapPen implements MapPen {

    private final PDPageContentStream stream;
    private final FontFace regular;
    private final FontFace bold;
    private final float left;
    private final float top;
    private final float scale;
    private final Map<Double, PDExtendedGraphicsState> alphas = new HashMap<>();

    PdfMapPen(PDPageContentStream stream, FontFace regular, FontFace bold, float left, float top, float scale) {
        this.stream = stream;
        this.regular = regular;
        this.bold = bold;
        this.left = left;
        this.top = top;
        this.scale = scale;
    }

    private float x(double x) {
        return left + (float) x * scale;
    }

    private float y(double y) {
        return top - (float) y * scale;
    }

    @Override
    public void begin(double width, double height, String background) {
        try {
            stream.saveGraphicsState();
            stream.addRect(x(0), y(height), (float) width * scale, (float) height * scale);
            stream.clip();
            stream.setNonStrokingColor(Color.decode(background));
            stream.addRect(x(0), y(height), (float) width * scale, (float) height * scale);
            stream.fill();
            stream.setLineJoinStyle(1);
            stream.setLineCapStyle(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the map: drops its clip and frames it. */
    void finish(double width, double height, Color frame) {
        try {
            stream.restoreGraphicsState();
            stream.setStrokingColor(frame);
            stream.setLineWidth(0.5f);
            stream.addRect(x(0), y(height), (float) width * scale, (float) height * scale);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fill(PathBuffer path, String colour, double opacity) {
        try {
            stream.saveGraphicsState();
            if (opacity < 1) {
                stream.setGraphicsStateParameters(alpha(opacity));
            }
            trace(path);
            stream.setNonStrokingColor(Color.decode(colour));
            stream.fill();
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stroke(PathBuffer path, String colour, double width) {
        try {
            trace(path);
            stream.setStrokingColor(Color.decode(colour));
            stream.setLineWidth((float) width * scale);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void trace(PathBuffer path) throws IOException {
        for (int i = 0; i < path.size(); i++) {
            switch (path.op(i)) {
                case PathBuffer.MOVE -> stream.moveTo(x(path.x(i)), y(path.y(i)));
                case PathBuffer.LINE -> stream.lineTo(x(path.x(i)), y(path.y(i)));
                default -> stream.closePath();
            }
        }
    }

    private PDExtendedGraphicsState alpha(double opacity) {
        return alphas.computeIfAbsent(opacity, o -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(o.floatValue());
            return state;
        });
    }

    @Override
    public void text(String text, double x, double y, double size, boolean heavy, String colour) {
        FontFace face = heavy ? bold : regular;
        String printable = face.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(face.font(), (float) size * scale);
            stream.setNonStrokingColor(Color.decode(colour));
            stream.newLineAtOffset(x(x), y(y));
            stream.showText(printable);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double textWidth(String text, double size, boolean heavy) {
        FontFace face = heavy ? bold : regular;
        return face.width(face.printable(text), (float) size);
    }
}
